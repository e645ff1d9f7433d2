/** The site's languages as the options of a select. */
export function LocaleOptions({ locales }: { locales: ReadonlyArray<{ value: string; label: string }> }) {
  return (
    <>
      {locales.map((locale) => (
        <option key={locale.value} value={locale.value}>
          {locale.label}
        </option>
      ))}
    </>
  );
}
