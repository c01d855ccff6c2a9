import type { RequestOptions } from '@/lib/server/portal/get-request-options.ts';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card.tsx';

/** Other ways to reach the desk: only the channels the customer's tier includes. */
export function ContactChannels(props: { channels: RequestOptions['channels']; supportHours: string | null; agreementName: string | null }) {
  const { email, phone, hotline } = props.channels;
  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">Other ways to reach us</CardTitle>
      </CardHeader>
      <CardContent className="space-y-3 text-sm" data-testid="contact-channels">
        <p>This portal, any time.</p>
        {email ? <p>E-mail: <a className="underline" href={`mailto:${email}`}>{email}</a></p> : null}
        {phone ? <p>Phone: <a className="underline" href={`tel:${phone.replace(/\s/g, '')}`}>{phone}</a></p> : null}
        {hotline ? (
          <p data-testid="hotline">
            24×7 hotline for urgent problems: <a className="font-semibold underline" href={`tel:${hotline.replace(/\s/g, '')}`}>{hotline}</a>
          </p>
        ) : null}
        {props.supportHours ? <p className="text-muted-foreground">Support hours{props.agreementName ? ` (${props.agreementName})` : ''}: {props.supportHours}</p> : null}
      </CardContent>
    </Card>
  );
}
