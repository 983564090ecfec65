import { z } from 'zod';
import { cidr, cidrList } from '../fields';

/** Who may reach the installation and whom it reaches. */
export const networkSchema = z
  .strictObject({
    administrators: cidrList.meta({
      description:
        'Networks administrators connect from (SSH 22, admin console 8800, builder API). Required; 0.0.0.0/0 only with an acknowledgement of CIK-NET-001 and a reason.',
    }),
    endUsers: cidrList.meta({
      description: 'Networks developers use the web UI (80, 443) and SSH-into-builds (64535-65535) from.',
    }),
    github: z
      .strictObject({
        hooks: cidrList
          .optional()
          .meta({ description: "Webhook source ranges of github.com; default: GitHub's published hooks ranges (IPv4)." }),
        enterpriseServer: cidr
          .optional()
          .meta({ description: 'Address of a GitHub Enterprise Server appliance as the installation reaches it (e.g. 198.51.100.5/32); replaces github.com. A private address needs existing networks that route to it.' }),
      })
      .default({})
      .meta({ description: 'Where GitHub is: github.com (default) or a GitHub Enterprise Server appliance.' }),
    peers: z
      .record(z.string().regex(/^[a-z][a-zA-Z0-9]{1,30}$/, { message: 'peer names are camelCase words, e.g. monitoring' }), cidrList)
      .default({})
      .meta({ description: 'Further named CIDR sets that firewall.add rules may name as peers.' }),
  })
  .meta({ description: 'Source ranges of the firewall matrix.' });
