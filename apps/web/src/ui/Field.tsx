// A labelled form field with its help and the API's message about it, wired for screen readers.
import type { ReactElement } from 'react';
import { cloneElement } from 'react';

export function Field(props: {
  id: string;
  label: string;
  help?: string;
  error?: string;
  children: ReactElement<Record<string, unknown>>;
}) {
  const described = [props.help && `${props.id}-help`, props.error && `${props.id}-error`].filter(Boolean);
  return (
    <div className={props.error ? 'field invalid' : 'field'}>
      <label htmlFor={props.id}>{props.label}</label>
      {cloneElement(props.children, {
        id: props.id,
        'aria-invalid': props.error ? true : undefined,
        'aria-describedby': described.length ? described.join(' ') : undefined,
      })}
      {props.help && (
        <small id={`${props.id}-help`} className="help">
          {props.help}
        </small>
      )}
      {props.error && (
        <small id={`${props.id}-error`} className="field-error">
          {props.error}
        </small>
      )}
    </div>
  );
}
