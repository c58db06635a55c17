// Platform, repository URL and credentials id: the fields of a scan's source and a push's target,
// named as the API names them (`source_*` or `target_*`), with the API's message next to each.
import { Field } from '../ui/Field';
import { PLATFORMS, type Platform } from './platforms';

export interface Remote {
  platform: Platform;
  url: string;
  credentials: string;
}

export const NO_REMOTE: Remote = { platform: 'github', url: '', credentials: '' };

export function RemoteFields(props: {
  prefix: 'source' | 'target';
  urlLabel: string;
  value: Remote;
  onChange: (value: Remote) => void;
  errors: Record<string, string>;
}) {
  const { prefix, value } = props;
  const set = (patch: Partial<Remote>) => props.onChange({ ...value, ...patch });
  return (
    <>
      <Field id={`${prefix}_platform`} label="Platform" error={props.errors[`${prefix}_platform`]}>
        <select value={value.platform} onChange={(e) => set({ platform: e.target.value as Platform })}>
          {PLATFORMS.map((p) => (
            <option key={p}>{p}</option>
          ))}
        </select>
      </Field>
      <Field
        id={`${prefix}_url`}
        label={props.urlLabel}
        help="https, ssh:// or git@host:path"
        error={props.errors[`${prefix}_url`]}
      >
        <input
          value={value.url}
          onChange={(e) => set({ url: e.target.value })}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field
        id={`${prefix}_credentials_id`}
        label="Credentials id"
        help="the id of a credential in the auth service, never the secret itself"
        error={props.errors[`${prefix}_credentials_id`]}
      >
        <input
          value={value.credentials}
          onChange={(e) => set({ credentials: e.target.value })}
          autoComplete="off"
        />
      </Field>
    </>
  );
}
