import type { Metadata } from "next";
import { DeleteEntryButton } from "@/components/workspace/taxonomy/taxonomy-forms";
import { AddPressContactForm, CreatePressListForm } from "@/components/workspace/embargo/press-list-forms";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { Table, Td, Th } from "@/components/ui/table";
import { requirePermission } from "@/lib/auth/guards";
import { listPressLists } from "@/lib/embargo/press-lists";
import { addPressContactAction, createPressListAction, deletePressListAction, removePressContactAction } from "./actions";

export const metadata: Metadata = { title: "Press lists" };

export default async function PressListsPage() {
  const user = await requirePermission("/workspace/press-lists", "pressList.manage");
  const lists = await listPressLists(user);
  return (
    <>
      <PageHeader
        title="Press lists"
        description="The journalists an edition under embargo is sent to, by e-mail and through a personal link, before it is public."
      />
      <div className="space-y-6">
        {lists.length === 0 ? <p className="text-muted">No press lists yet. Create one, then add journalists to it.</p> : null}
        {lists.map((list) => (
          <Panel
            key={list.id}
            title={list.name}
            description={`${list.contacts.length} ${list.contacts.length === 1 ? "journalist" : "journalists"}${list.description ? ` · ${list.description}` : ""}`}
            actions={<DeleteEntryButton action={deletePressListAction} id={list.id} label={`the press list “${list.name}”`} />}
          >
            <div className="space-y-4" data-press-list={list.name}>
              {list.contacts.length > 0 ? (
                <Table caption={`Journalists on ${list.name}`} captionHidden>
                  <thead>
                    <tr>
                      <Th>Name</Th>
                      <Th>E-mail</Th>
                      <Th>Outlet</Th>
                      <Th>
                        <span className="sr-only">Remove</span>
                      </Th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.contacts.map((contact) => (
                      <tr key={contact.id}>
                        <Td>{contact.name}</Td>
                        <Td>{contact.email}</Td>
                        <Td>{contact.outlet || "—"}</Td>
                        <Td className="text-right">
                          <DeleteEntryButton action={removePressContactAction} id={contact.id} label={`${contact.name} from “${list.name}”`} />
                        </Td>
                      </tr>
                    ))}
                  </tbody>
                </Table>
              ) : null}
              <AddPressContactForm action={addPressContactAction} listId={list.id} listName={list.name} />
            </div>
          </Panel>
        ))}
        <Panel title="New press list">
          <CreatePressListForm action={createPressListAction} />
        </Panel>
      </div>
    </>
  );
}
