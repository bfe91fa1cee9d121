import * as React from 'react';

/** Problems addressed to one field, e.g. `/roles/2/name`. */
export function problemsAt(problems: readonly { readonly path: string; readonly message: string }[], path: string): string[] {
  return problems.filter((p) => p.path === path).map((p) => p.message);
}

interface ICellProps {
  readonly id: string;
  readonly label: string;
  readonly className: string;
  readonly errorClassName: string;
  readonly errors: readonly string[];
  readonly autoFocus?: boolean;
}

function ErrorText(props: { id: string; className: string; errors: readonly string[] }): React.ReactElement {
  if (props.errors.length === 0) return <></>;
  return <span id={props.id} className={props.className}>{props.errors.join(' ')}</span>;
}

export interface ITextCellProps extends ICellProps {
  readonly value: string;
  readonly type?: 'text' | 'number';
  /** Called on blur or Enter when the text changed: one undo step per edit, not per keystroke. */
  readonly onCommit: (value: string) => void;
}

/** A text or number input that commits when the user leaves it or presses Enter; Escape restores. */
export function TextCell(props: ITextCellProps): React.ReactElement {
  const [draft, setDraft] = React.useState(props.value);
  React.useEffect(() => setDraft(props.value), [props.value]);
  const commit = (): void => {
    if (draft !== props.value) props.onCommit(draft);
  };
  return (
    <>
      <input
        id={props.id}
        className={props.className}
        type={props.type ?? 'text'}
        aria-label={props.label}
        aria-invalid={props.errors.length > 0}
        aria-describedby={props.errors.length > 0 ? `${props.id}-error` : undefined}
        value={draft}
        autoFocus={props.autoFocus}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setDraft(props.value);
        }}
      />
      <ErrorText id={`${props.id}-error`} className={props.errorClassName} errors={props.errors} />
    </>
  );
}

export interface ISelectCellProps extends ICellProps {
  readonly value: string;
  readonly options: readonly { readonly key: string; readonly text: string }[];
  readonly onCommit: (value: string) => void;
}

/** A native select: fully keyboard operable and announced by every screen reader. */
export function SelectCell(props: ISelectCellProps): React.ReactElement {
  const known = props.options.some((o) => o.key === props.value);
  return (
    <>
      <select
        id={props.id}
        className={props.className}
        aria-label={props.label}
        aria-invalid={props.errors.length > 0}
        aria-describedby={props.errors.length > 0 ? `${props.id}-error` : undefined}
        value={props.value}
        onChange={(event) => props.onCommit(event.target.value)}
      >
        {!known && <option value={props.value}>{props.value === '' ? '—' : props.value}</option>}
        {props.options.map((o) => (
          <option key={o.key} value={o.key}>{o.text}</option>
        ))}
      </select>
      <ErrorText id={`${props.id}-error`} className={props.errorClassName} errors={props.errors} />
    </>
  );
}
