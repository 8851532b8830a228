/** Where runs come in: a drop zone around a text area, a file chooser, the built-in tables and the privacy note. */
import type { ToolsMessages } from '../../i18n/tools/en';

export interface RunsInputProps {
  t: ToolsMessages;
  text: string;
  onText(value: string): void;
  onFile(file: File): void;
  onExample(): void;
  onChinchilla(): void;
  onDownloadExample(): void;
}

export function RunsInput({ t, text, onText, onFile, onExample, onChinchilla, onDownloadExample }: RunsInputProps) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop zone for files; the file input and the textarea inside it are the keyboard way in.
    <div
      class="fit-drop"
      data-drop
      onDragOver={(e) => {
        e.preventDefault();
        (e.currentTarget as HTMLElement).classList.add('dragging');
      }}
      onDragLeave={(e) => (e.currentTarget as HTMLElement).classList.remove('dragging')}
      onDrop={(e) => {
        e.preventDefault();
        (e.currentTarget as HTMLElement).classList.remove('dragging');
        const file = e.dataTransfer?.files?.[0];
        if (file) onFile(file);
      }}
    >
      <label for="fit-paste" class="fit-label">
        {t.panel.paste}
      </label>
      <textarea
        id="fit-paste"
        rows={6}
        spellcheck={false}
        autoComplete="off"
        placeholder={'params,tokens,loss\n1.2e9,2.5e10,2.61\n…'}
        value={text}
        data-fit-text
        onInput={(e) => onText((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="fit-row">
        <label class="btn fit-file">
          {t.panel.file}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain"
            data-fit-file
            onChange={(e) => {
              const file = (e.currentTarget as HTMLInputElement).files?.[0];
              if (file) onFile(file);
              (e.currentTarget as HTMLInputElement).value = '';
            }}
          />
        </label>
        <span class="fit-hint">{t.panel.drop}</span>
      </div>
      <div class="fit-row">
        <button type="button" class="btn" data-fit-example onClick={onExample}>
          {t.panel.example}
        </button>
        <button type="button" class="btn" data-fit-chinchilla onClick={onChinchilla}>
          {t.panel.chinchilla}
        </button>
        <button type="button" class="btn" onClick={onDownloadExample}>
          {t.panel.downloadExample}
        </button>
      </div>
      <p class="fit-help">
        {t.panel.headerHelp} {t.panel.privacy}
      </p>
    </div>
  );
}
