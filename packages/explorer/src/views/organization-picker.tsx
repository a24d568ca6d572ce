import { useState } from 'preact/hooks';
import { OrganizationChoicesQuery } from '../graphql/rule-check.query.js';
import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { useQuery } from '../use-query.js';

/** An organization chosen by typing part of its name (diacritics optional) and picking one of the matches. */
export interface Chosen {
  readonly id: string;
  readonly label: string;
}

export function OrganizationPicker({
  id,
  label,
  value,
  onChange,
}: {
  readonly id: string;
  readonly label: string;
  readonly value: Chosen | undefined;
  readonly onChange: (chosen: Chosen | undefined) => void;
}) {
  const t = useMessages();
  const { place } = useNavigation();
  const [text, setText] = useState('');
  const state = useQuery(OrganizationChoicesQuery, { q: text.trim(), date: place.date }, text.trim().length < 2);
  const choices =
    text.trim().length >= 2 && state.status === 'done' ? (state.data.searchOrganizations?.edges.map((edge) => edge.node) ?? []) : [];
  return (
    <fieldset class="picker">
      <legend>{label}</legend>
      {value && (
        <p data-testid={`${id}-chosen`}>
          {t.chosen}: <strong>{value.label}</strong>
        </p>
      )}
      <label for={id}>{t.pickOrganization}</label>
      <input id={id} type="search" value={text} autocomplete="off" onInput={(event) => setText(event.currentTarget.value)} />
      {choices.length > 0 && (
        <ul class="choices" data-testid={`${id}-choices`}>
          {choices.map((choice) => (
            <li key={choice.id}>
              <button
                type="button"
                onClick={() => {
                  onChange({ id: choice.id, label: `${choice.name ?? ''} (${choice.unit?.fullName ?? ''})` });
                  setText('');
                }}
              >
                {choice.name} <span class="muted small">· {choice.unit?.fullName}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
