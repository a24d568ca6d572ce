import { useMessages } from '../i18n.js';
import { useNavigation } from '../navigation.js';
import { isCalendarDate } from '../route.js';

/** The date everything is seen on; a change is a new history entry, so the back button returns to the date before. */
export function DateControl() {
  const t = useMessages();
  const { place, setDate } = useNavigation();
  const acrossReform = place.date < '2025-07-01' ? '2026-01-01' : '2025-06-30';
  return (
    <div class="date">
      <label for="date">{t.date}</label>
      <input
        id="date"
        type="date"
        value={place.date}
        min="1945-09-02"
        max="2100-12-31"
        aria-describedby="date-hint"
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (isCalendarDate(value)) setDate(value);
        }}
      />
      <button type="button" class="small" onClick={() => setDate(acrossReform)} title={t.dateHint}>
        {t.reform}: {acrossReform}
      </button>
      <span id="date-hint" class="visually-hidden">
        {t.dateHint}
      </span>
    </div>
  );
}
