import {
  APP_ICON_PATH,
  NO_SETTINGS,
  PAGES,
  SECTION_IDS,
  appWords,
  cardPartOf,
  cardText,
  isRecord,
  languageOf,
  lineKey,
  localeOf,
  parseLang,
  partTitle,
  resolveTabSettings,
  searchCard,
  tabUrl,
  validateSubmission,
  type CardLine,
  type CardPart,
  type Locale,
  type TabSettings,
} from '../../content';
import {
  buildSectionCard,
  buildSignalCard,
  buildSummaryCard,
  cardStrings,
  type AdaptiveCard,
  type AdaptiveCardAttachment,
  type ThumbnailCardAttachment,
} from '../../cards';

/** Command and parameter ids; the manifest's composeExtensions must use the same. */
export const SEARCH_COMMAND = 'zoeken';
export const SEARCH_PARAMETER = 'zoekterm';
/** Optional: a part of the card (its id, title or a word for it), so a question can be precise. */
export const PART_PARAMETER = 'onderdeel';
/** Optional: the language of the results (`nl`, `en`, or the language's name). */
export const LANGUAGE_PARAMETER = 'taal';
export const ACTION_COMMAND = 'signalenDelen';

/** What the handlers need to know about the deployment. */
export type ExtensionConfig = {
  /** Public https base URL (no trailing slash); without it there are no tab links and no dialog. */
  tabEndpoint?: string;
};

type ResultAttachment = AdaptiveCardAttachment & { preview?: ThumbnailCardAttachment };

/** The body of an invoke answer; `status` other than 200 means the invoke itself was malformed. */
export type InvokeAnswer = { status: number; body: unknown };

const MAX_PAGE = 25;
/** Teams sends one parameter per field of the command, Microsoft 365 Copilot at most five: more is not read. */
const MAX_PARAMETERS = 10;

const ok = (body: unknown): InvokeAnswer => ({ status: 200, body });
const badRequest = (): InvokeAnswer => ({ status: 400, body: { error: 'Bad request' } });

/** The tab's URL for a card button, when the deployment knows its public address. */
function cardTabUrl(config: ExtensionConfig, locale: Locale, settings: TabSettings = NO_SETTINGS) {
  return config.tabEndpoint ? tabUrl(config.tabEndpoint, settings, locale) : undefined;
}

// A search result depends only on (part, language, hit) and the deployment, never on the term: a few hundred at
// most, so each is built once. Search runs at every keystroke.
const searchResults = new Map<string, ResultAttachment>();
function searchResult(
  config: ExtensionConfig,
  part: CardPart,
  locale: Locale,
  highlight?: { line: CardLine; text: string },
): ResultAttachment {
  const key = [config.tabEndpoint ?? '', part, locale, highlight ? lineKey(highlight.line) : ''].join('|');
  let result = searchResults.get(key);
  if (!result) {
    const iconUrl = config.tabEndpoint ? `${config.tabEndpoint}${APP_ICON_PATH}` : undefined;
    const card = buildSectionCard(part, {
      locale,
      tabUrl: cardTabUrl(config, locale),
      iconUrl,
      highlight: highlight?.line,
    });
    result = adaptive(card, {
      title: highlight?.text ?? partTitle(part, locale),
      text: highlight ? partTitle(part, locale) : cardStrings(locale).sectionOfCard,
      ...(iconUrl ? { images: [{ url: iconUrl, alt: appWords(locale).appName }] } : {}),
    });
    searchResults.set(key, result);
  }
  return result;
}

function adaptive(card: AdaptiveCard, preview?: ThumbnailCardAttachment['content']): ResultAttachment {
  return {
    contentType: 'application/vnd.microsoft.card.adaptive',
    content: card,
    ...(preview
      ? { preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: preview } }
      : {}),
  };
}

const resultList = (attachments: unknown[]) => ({
  composeExtension: { type: 'result', attachmentLayout: 'list', attachments },
});

function results(attachments: ResultAttachment[]): InvokeAnswer {
  return ok(resultList(attachments));
}

function message(text: string): InvokeAnswer {
  return ok({ composeExtension: { type: 'message', text } });
}

function pageOf(options: unknown): { skip: number; count: number } {
  const read = (value: unknown, fallback: number) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : fallback;
  const skip = isRecord(options) ? read(options.skip, 0) : 0;
  const count = isRecord(options) ? Math.min(read(options.count, MAX_PAGE), MAX_PAGE) : MAX_PAGE;
  return { skip, count: count || MAX_PAGE };
}

/** The value of a named parameter; anything that is not a list of parameters counts as none. */
function parameterValue(parameters: unknown, name: string): unknown {
  if (!Array.isArray(parameters)) return undefined;
  const found = parameters.slice(0, MAX_PARAMETERS).find((p) => isRecord(p) && p.name === name);
  return isRecord(found) ? found.value : undefined;
}

/**
 * `composeExtension/query` of the search command, from Teams, Outlook or Microsoft 365 Copilot. No search term
 * (missing, empty or null, as Copilot sends unused parameters; or Teams' `initialRun`): the sections, or the one
 * part that `onderdeel` names. A term: the matching lines of the whole card, each inserting its part's card with
 * the hit marked. `onderdeel` and `taal` narrow the search when they name a part or a language, and are ignored
 * otherwise. The term is never logged and never put in a card.
 */
export function answerQuery(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== SEARCH_COMMAND) return badRequest();
  const term = parameterValue(value.parameters, SEARCH_PARAMETER) ?? '';
  const part = cardPartOf(parameterValue(value.parameters, PART_PARAMETER));
  const language = languageOf(parameterValue(value.parameters, LANGUAGE_PARAMETER));

  const locale = language ?? localeOf(teamsLocale);
  const strings = cardStrings(locale);
  if (typeof term !== 'string') return message(strings.invalidQuery);
  const { skip, count } = pageOf(value.queryOptions);

  const result = searchCard(term, locale, { part, locale: language });
  if (result.kind === 'too-long') return message(strings.queryTooLong);
  if (result.kind === 'empty') {
    const parts: readonly CardPart[] = part ? [part] : SECTION_IDS;
    return results(parts.slice(skip, skip + count).map((p) => searchResult(config, p, locale)));
  }
  if (!result.hits.length) return skip ? results([]) : message(strings.noResults);
  return results(
    result.hits
      .slice(skip, skip + count)
      .map((hit) => searchResult(config, hit.part, hit.locale, { line: hit.line, text: hit.text })),
  );
}

/** `composeExtension/fetchTask` of the action command: opens the checklist dialog page. */
export function answerFetchTask(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== ACTION_COMMAND) return badRequest();
  const locale = localeOf(teamsLocale);
  const strings = cardStrings(locale);
  if (!config.tabEndpoint) return ok({ task: { type: 'message', value: strings.notConfigured } });
  const url = `${config.tabEndpoint}${PAGES['dialog-signalen'].route}?lang=${locale}`;
  return ok({
    task: {
      type: 'continue',
      value: { title: strings.shareSignals, height: 'large', width: 'medium', url, fallbackUrl: url },
    },
  });
}

/**
 * `composeExtension/submitAction` of the action command: the dialog's ids become the summary card in the compose
 * box. Anything that does not validate is refused with a message in the dialog, and nothing is inserted.
 */
export function answerSubmitAction(
  value: unknown,
  teamsLocale: unknown,
  config: ExtensionConfig,
): InvokeAnswer {
  if (!isRecord(value) || value.commandId !== ACTION_COMMAND || value.botMessagePreviewAction !== undefined) {
    return badRequest();
  }
  const checked = validateSubmission(value.data);
  if (!checked.ok) {
    return ok({ task: { type: 'message', value: cardStrings(localeOf(teamsLocale)).invalidSubmission } });
  }
  const { submission } = checked;
  const locale = submission.lang ?? localeOf(teamsLocale);
  const card = buildSummaryCard(submission, {
    locale,
    tabUrl: cardTabUrl(config, locale, { gemeente: submission.gemeente, aandachtsfunctionarissen: [] }),
  });
  return results([adaptive(card)]);
}

const MAX_URL_LENGTH = 2048;

/**
 * `composeExtension/queryLink` (and the zero-install `anonymousQueryLink`): a link to this app's `/tab` unfurls
 * into the whole signal card, in the link's language; any other link gets no card. Link unfurling renders
 * schema 1.3 at most, so this card is built as 1.3.
 */
export function answerQueryLink(value: unknown, teamsLocale: unknown, config: ExtensionConfig): InvokeAnswer {
  if (!isRecord(value) || typeof value.url !== 'string') return badRequest();
  const none = results([]);
  if (!config.tabEndpoint || value.url.length > MAX_URL_LENGTH) return none;
  let url: URL;
  try {
    url = new URL(value.url);
  } catch {
    return none;
  }
  const base = new URL(config.tabEndpoint);
  const tabPath = `${base.pathname.replace(/\/$/, '')}${PAGES.tab.route}`;
  if (url.origin !== base.origin || (url.pathname !== tabPath && url.pathname !== `${tabPath}/`)) return none;

  const { settings } = resolveTabSettings(url.searchParams);
  const locale = parseLang(url.searchParams.get('lang')).lang ?? localeOf(teamsLocale);
  const text = cardText(locale);
  const card = buildSignalCard({ locale, version: '1.3', tabUrl: cardTabUrl(config, locale, settings) });
  return results([adaptive(card, { title: text.title, text: text.intro[0] })]);
}
