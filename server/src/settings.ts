// The settings of each document: the client's "isnad" section (workspace/configuration) merged over the
// `.isnad.json` of the document's workspace folder, read through the runtime. Cached until a change.
// In a workspace the client says is not trusted, `.isnad.json` is not read (the client's settings only,
// from which VS Code itself leaves out the workspace's values of the restricted settings). A file that
// cannot be used is said once per reading: a warning in the log and one window/showMessage.
import { MessageType, ShowMessageNotification, type Connection, type WorkspaceFolder } from 'vscode-languageserver';
import {
  CONFIG_FILE_NAME,
  mergeSettings,
  normalise,
  parseConfigFile,
  type IsnadSettings,
  type LanguageDefaults,
  type PartialSettings,
} from './config';
import type { RuntimeEnvironment } from './runtime';

function trimSlash(uri: string): string {
  return uri.endsWith('/') ? uri.slice(0, -1) : uri;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class WorkspaceSettings {
  private readonly byDocument = new Map<string, Promise<IsnadSettings>>();
  private readonly fileByFolder = new Map<string, Promise<PartialSettings>>();
  private folders: string[] = [];
  private hasConfiguration = false;
  private language: LanguageDefaults = {};
  private trusted = true;
  private untrustedLogged = false;

  constructor(
    private readonly connection: Connection,
    private readonly runtime: RuntimeEnvironment,
  ) {}

  get(uri: string): Promise<IsnadSettings> {
    let result = this.byDocument.get(uri);
    if (!result) {
      result = Promise.all([this.fileSettings(this.folderOf(uri)), this.clientSettings(uri)]).then(([file, client]) =>
        mergeSettings(file, client, this.language),
      );
      this.byDocument.set(uri, result);
    }
    return result;
  }

  /**
   * At initialize: the workspace folders, whether the client answers workspace/configuration, what the
   * interface language follows when the settings leave it `auto` (the client's locale,
   * initializationOptions), and whether the workspace is trusted (clients that do not say are trusted:
   * only VS Code has the notion).
   */
  initialize(folders: readonly WorkspaceFolder[], hasConfiguration: boolean, language: LanguageDefaults = {}, trusted = true): void {
    this.hasConfiguration = hasConfiguration;
    this.language = language;
    this.trusted = trusted;
    this.setFolders(folders);
  }

  /** The client granted (or withdrew) trust: true when that changes anything (the caches are then dropped). */
  setTrusted(trusted: boolean): boolean {
    if (trusted === this.trusted) return false;
    this.trusted = trusted;
    this.untrustedLogged = false;
    this.fileByFolder.clear();
    this.byDocument.clear();
    return true;
  }

  changeFolders(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => trimSlash(f.uri)));
    this.setFolders([...this.folders.filter((f) => !gone.has(f)).map((uri) => ({ uri, name: '' })), ...added]);
  }

  private setFolders(folders: readonly WorkspaceFolder[]): void {
    this.folders = folders.map((f) => trimSlash(f.uri));
    this.byDocument.clear();
  }

  /** The client's settings changed. */
  clientChanged(): void {
    this.byDocument.clear();
  }

  /** Some `.isnad.json` changed: true when one of the URIs is such a file (the caches are then dropped). */
  filesChanged(uris: readonly string[]): boolean {
    if (!uris.some((uri) => uri.endsWith(`/${CONFIG_FILE_NAME}`))) return false;
    this.fileByFolder.clear();
    this.byDocument.clear();
    return true;
  }

  forget(uri: string): void {
    this.byDocument.delete(uri);
  }

  private folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const folder of this.folders) {
      if ((uri === folder || uri.startsWith(`${folder}/`)) && (!best || folder.length > best.length)) best = folder;
    }
    return best;
  }

  private fileSettings(folder: string | undefined): Promise<PartialSettings> {
    if (folder === undefined) return Promise.resolve({});
    if (!this.trusted) {
      if (!this.untrustedLogged) this.connection.console.info(`The workspace is not trusted: ${CONFIG_FILE_NAME} is not read.`);
      this.untrustedLogged = true;
      return Promise.resolve({});
    }
    let result = this.fileByFolder.get(folder);
    if (!result) {
      const uri = `${folder}/${CONFIG_FILE_NAME}`;
      result = this.runtime.readFile(uri).then(
        (content) => {
          const parsed = parseConfigFile(content, uri);
          if (parsed.warning) this.tell(parsed.warning);
          return parsed.settings;
        },
        (e: unknown) => {
          this.tell(`${uri}: cannot be read (${message(e)}); ignored, the defaults are used`);
          return {};
        },
      );
      this.fileByFolder.set(folder, result);
    }
    return result;
  }

  /** A problem with a workspace file: in the log, and once on screen. */
  private tell(warning: string): void {
    this.connection.console.warn(warning);
    void this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Isnad: ${warning}` });
  }

  private async clientSettings(uri: string): Promise<PartialSettings> {
    if (!this.hasConfiguration) return {};
    try {
      return normalise(await this.connection.workspace.getConfiguration({ scopeUri: uri, section: 'isnad' }));
    } catch (e) {
      this.connection.console.warn(`workspace/configuration failed for ${uri}: ${message(e)}`);
      return {};
    }
  }
}
