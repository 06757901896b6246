import { z } from 'zod';
import { ModelSource } from './model-source';

/**
 * What a clinic's IT can fix by enterprise policy (Chrome: `3rdparty.extensions.<id>`, read through
 * `browser.storage.managed`, schema `public/managed-schema.json`; Firefox: `policies.json`
 * `3rdparty.Extensions`). Each key is validated on its own, so one mistyped value does not void the
 * others; lib/policy/policy.ts reads them and says what each means for the counselor.
 *
 * The values are deliberately loose in the JSON schema (types only): Chrome silently drops a value
 * the schema refuses, and a dropped value would look like no policy at all. Everything else (URL
 * rules, ranges, site syntax) is checked here, so a wrong value is seen and refused visibly.
 */

/** Sessions may be kept 1 to 3,650 days, as the review page allows. */
export const RETENTION_DAYS_RANGE = { min: 1, max: 3_650 } as const;
/** The review page's idle lock, in minutes. */
export const IDLE_LOCK_MINUTES_RANGE = { min: 1, max: 60 } as const;

/**
 * One site Attune may read: `https://chat.clinic.example`, or `https://*.zendesk.com` for a domain
 * and every subdomain. A trailing `/` or `/*` is accepted (match-pattern habit); paths, ports,
 * credentials and other schemes are refused. As in match patterns, a site covers every port.
 */
export interface AllowedSite {
  readonly scheme: 'http' | 'https';
  readonly host: string;
  /** `*.host`: the host itself and every subdomain. */
  readonly subdomains: boolean;
}

const SITE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?:\/|\/\*)?$/;

export const AllowedSiteEntry = z
  .string()
  .trim()
  .transform((value, ctx): AllowedSite => {
    const match = SITE.exec(value.toLowerCase());
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `${JSON.stringify(value)} is not a site: write https://chat.example.org or https://*.example.org`,
      });
      return z.NEVER;
    }
    return { scheme: match[1] as 'http' | 'https', host: match[3]!, subdomains: match[2] !== undefined };
  });

/** Every policy key with its schema: the single list the JSON schema, docs/clinic-it.md and the UI follow. */
export const POLICY_FIELDS = {
  allowedSites: z.array(AllowedSiteEntry).max(500),
  modelSource: z
    .object({
      weightsBaseUrl: ModelSource.shape.libBaseUrl.optional(),
      libBaseUrl: ModelSource.shape.libBaseUrl.optional(),
    })
    .strict(),
  publicModelDownloadsAllowed: z.boolean(),
  loggingAllowed: z.boolean(),
  encryptionRequired: z.boolean(),
  maxRetentionDays: z.number().int().min(RETENTION_DAYS_RANGE.min).max(RETENTION_DAYS_RANGE.max),
  idleLockMinutes: z.number().int().min(IDLE_LOCK_MINUTES_RANGE.min).max(IDLE_LOCK_MINUTES_RANGE.max),
  exportEncryptionRequired: z.boolean(),
  exportRedactionRequired: z.boolean(),
  inlineMarksAllowed: z.boolean(),
} as const;

export type PolicyKey = keyof typeof POLICY_FIELDS;
export type PolicyValue<K extends PolicyKey> = z.output<(typeof POLICY_FIELDS)[K]>;
export const POLICY_KEYS = Object.keys(POLICY_FIELDS) as PolicyKey[];

/** What the counselor reads about each key ("blocked by policy: invalid model source"). */
export const POLICY_LABELS: Record<PolicyKey, string> = {
  allowedSites: 'allowed sites',
  modelSource: 'model source',
  publicModelDownloadsAllowed: 'public model downloads',
  loggingAllowed: 'session logging',
  encryptionRequired: 'log encryption',
  maxRetentionDays: 'maximum retention',
  idleLockMinutes: 'idle lock',
  exportEncryptionRequired: 'export encryption',
  exportRedactionRequired: 'export redaction',
  inlineMarksAllowed: 'inline marks',
};

/** A whole policy as an admin writes it: every key optional, nothing else (for example files and tests). */
export const ManagedPolicy = z
  .object(
    Object.fromEntries(POLICY_KEYS.map((key) => [key, POLICY_FIELDS[key].optional()])) as {
      [K in PolicyKey]: z.ZodOptional<(typeof POLICY_FIELDS)[K]>;
    },
  )
  .strict();
export type ManagedPolicy = z.output<typeof ManagedPolicy>;
