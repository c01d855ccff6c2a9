import type { Metadata } from 'next';
import { requirePageActor } from '@/app/_lib/session.ts';
import { CUSTOMER_ROLES } from '@/lib/auth/roles.ts';
import { getRequestOptions } from '@/lib/server/portal/get-request-options.ts';
import { previewCoverageAction, submitRequestAction } from '@/app/_actions/portal-request-actions.ts';
import { PageHeader } from '@/components/layout/app-shell.tsx';
import { NewRequestForm } from '@/components/portal/new-request-form.tsx';
import { ContactChannels } from '@/components/portal/contact-channels.tsx';

export const metadata: Metadata = { title: 'New request' };

export default async function NewRequestPage() {
  const actor = await requirePageActor({ roles: CUSTOMER_ROLES });
  const options = await getRequestOptions({ actor });
  return (
    <>
      <PageHeader title="New request" description="Tell us what you need. Before you send it, you see what your agreement says about it." />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <NewRequestForm assets={options.assets} submitAction={submitRequestAction} previewAction={previewCoverageAction} />
        </div>
        <aside>
          <ContactChannels channels={options.channels} supportHours={options.supportHours} agreementName={options.agreementName} />
        </aside>
      </div>
    </>
  );
}
