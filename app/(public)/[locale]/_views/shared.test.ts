import { describe, expect, it } from "vitest";
import { socialMetadata } from "./shared";

const page = { title: "Talks in Hanoi", description: "The ministers met.", url: "https://mofa.example/en/press-releases/hanoi", locale: "en", siteName: "MOFA" };

describe("link preview tags", () => {
  it("with a lead image: og:image with its size and alt text, and a large-image Twitter card", () => {
    const image = { url: "https://mofa.example/media/c1/0123456789abcdef/w1280.jpg", width: 1280, height: 853, alt: "Two ministers", type: "image/jpeg" };
    const tags = socialMetadata({ ...page, image });
    expect(tags.openGraph).toMatchObject({ images: [image] });
    expect(tags.twitter).toEqual({ card: "summary_large_image", title: page.title, description: page.description, images: [{ url: image.url, alt: "Two ministers" }] });
  });

  it("without one: no image and a summary card", () => {
    const tags = socialMetadata(page);
    expect(tags.openGraph).not.toHaveProperty("images");
    expect(tags.twitter).toMatchObject({ card: "summary" });
  });
});
