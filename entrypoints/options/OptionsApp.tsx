import { errorMessage } from '@/utils/errors';
import { useEffect, useState } from 'react';
import { downloadFile } from '@/components/download';
import { LensDatabase } from '@/utils/db';
import { loadSavedViews } from '@/utils/saved-items';
import { exportFormat } from '@/utils/export';
import { sendToBackground } from '@/utils/messages';
import { ResponseChecks } from './ResponseChecks';
import { DEFAULT_SETTINGS, readSettings, updateSettings, watchSettings, type Settings } from '@/utils/settings';
import { SUPPORTED_SITES } from '@/utils/sites';
import { DeleteAllData } from './DeleteAllData';

const db = new LensDatabase();

/** Settings: where badges show, how they look, default tags, theme, and your data. */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings>();
  const [tagsDraft, setTagsDraft] = useState('');
  const [message, setMessage] = useState<{ kind: 'info' | 'error'; text: string }>();

  useEffect(() => {
    void readSettings().then((loaded) => {
      setSettings(loaded);
      setTagsDraft(loaded.defaultTags.join(', '));
    });
    return watchSettings(setSettings);
  }, []);

  const save = async (patch: Partial<Settings>) => {
    try {
      setSettings(await updateSettings(patch));
      setMessage({ kind: 'info', text: 'Saved.' });
    } catch (error) {
      setMessage({ kind: 'error', text: `Not saved: ${errorMessage(error)}` });
    }
  };

  if (!settings) return <p className="options-loading">Loading settings…</p>;
  const hosts = [...new Set(SUPPORTED_SITES.map((site) => site.host))];

  return (
    <main className="options">
      <header className="options-header">
        <img src="/icon/48.png" alt="" width="28" height="28" />
        <h1>Committee Lens settings</h1>
      </header>

      <section className="options-section" aria-labelledby="sites-title">
        <h2 id="sites-title">Where badges show</h2>
        <p className="muted">Badges appear beside recommendations on these sites. Turn a site off to read it without them.</p>
        <ul className="options-sites">
          {hosts.map((host) => {
            const name = SUPPORTED_SITES.find((site) => site.host === host)?.name ?? host;
            const on = !settings.disabledSites.includes(host);
            return (
              <li key={host}>
                <label>
                  <input
                    type="checkbox"
                    checked={on}
                    onChange={(e) =>
                      void save({
                        disabledSites: e.target.checked
                          ? settings.disabledSites.filter((h) => h !== host)
                          : [...settings.disabledSites, host],
                      })
                    }
                  />
                  <span>{name}</span> <span className="muted">{host}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <ResponseChecks checked={settings.checkResponsesOnOpen} onChange={(checked) => void save({ checkResponsesOnOpen: checked })} />

      <section className="options-section" aria-labelledby="badges-title">
        <h2 id="badges-title">Badges</h2>
        <fieldset className="options-choices">
          <legend>Badge style</legend>
          <label>
            <input
              type="radio"
              name="badge-style"
              checked={settings.badgeStyle === 'labelled'}
              onChange={() => void save({ badgeStyle: 'labelled' })}
            />
            Labelled: symbol and word (“✓ Accepted”)
          </label>
          <label>
            <input
              type="radio"
              name="badge-style"
              checked={settings.badgeStyle === 'compact'}
              onChange={() => void save({ badgeStyle: 'compact' })}
            />
            Compact: symbol only (the word is still read out by screen readers)
          </label>
        </fieldset>
        <fieldset className="options-choices">
          <legend>Theme</legend>
          {(['system', 'light', 'dark'] as const).map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => void save({ theme })} />
              {theme === 'system'
                ? 'Automatic: badges match the page they are on; these screens follow the system'
                : theme === 'light'
                  ? 'Light'
                  : 'Dark'}
            </label>
          ))}
        </fieldset>
      </section>

      <section className="options-section" aria-labelledby="saves-title">
        <h2 id="saves-title">New saves</h2>
        <form
          className="options-tags"
          onSubmit={(e) => {
            e.preventDefault();
            void save({
              defaultTags: [
                ...new Set(
                  tagsDraft
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                ),
              ],
            });
          }}
        >
          <label htmlFor="default-tags">Tags given to every new save (comma separated)</label>
          <div>
            <input
              id="default-tags"
              type="text"
              value={tagsDraft}
              placeholder="e.g. victims, 2026 briefing"
              onChange={(e) => setTagsDraft(e.target.value)}
            />
            <button type="submit" className="button">
              Save tags
            </button>
          </div>
        </form>
      </section>

      <section className="options-section" aria-labelledby="data-title">
        <h2 id="data-title">Your data</h2>
        <p className="muted">Everything stays in this browser. Export a copy to keep or to move to another browser.</p>
        <div className="options-row">
          <button
            type="button"
            className="button"
            onClick={() => void loadSavedViews(db).then((items) => downloadFile(exportFormat('json').run(items)))}
          >
            Export everything (JSON)
          </button>
          <DeleteAllData
            countItems={() => db.savedItems.count()}
            onExport={() => loadSavedViews(db).then((items) => downloadFile(exportFormat('json').run(items)))}
            onDelete={async () => {
              const result = await sendToBackground('clearAllData', { confirm: 'delete everything' });
              if (result.ok) {
                setSettings(DEFAULT_SETTINGS);
                setTagsDraft('');
                setMessage({ kind: 'info', text: 'All your Committee Lens data has been deleted.' });
              } else setMessage({ kind: 'error', text: result.error.message });
            }}
          />
        </div>
      </section>

      {message && (
        <p
          className={`options-message${message.kind === 'error' ? ' options-message-error' : ''}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </main>
  );
}
