import { own } from '../../../domain/ids.ts';
import type { ExportData } from '../data.ts';
import { participantKeys } from '../pseudonyms.ts';
import type { ExportActivity, ExportRecord } from '../records.ts';
import { guidMaker } from './guid.ts';
import { attrs, xmlText } from './xml.ts';

/** A text file of the project: `sources/<guid>.txt`, named in the project as `internal://…`. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

export interface QdaProject {
  readonly xml: string;
  readonly sources: readonly SourceFile[];
}

/** Contributions are separated by an empty line in a source's text. */
const SEPARATOR = '\n\n';

/**
 * A REFI-QDA project (QDA-XML 1.0, `urn:QDA-XML:project:1.0`): one text source per activity
 * holding its contributions one after another, each a coded selection; codes follow the
 * workshop's structure (an activity, and under it the codes its contributions carry: a zone,
 * a category, a role list); cases are the participants, by pseudonym unless names were chosen,
 * with their municipality and side as variables and their named contributions as selections.
 * Positions count Unicode code points from 0; `endPosition` is just after the last one.
 */
export function qdaProject(data: ExportData): QdaProject {
  const guid = guidMaker(data.state.id || data.state.title);
  const user = guid('user');
  const activities = data.activities.filter((a) => a.records.length > 0);
  const codeGuid = (activityId: string, code: string | null) =>
    guid(code === null ? `code:${activityId}` : `code:${activityId}:${code}`);
  const selectionsOf = new Map<string, string[]>();
  const sources: SourceFile[] = [];
  const sourceXml: string[] = [];
  for (const activity of activities) {
    const made = source(activity, guid, user, codeGuid);
    sources.push(made.file);
    sourceXml.push(made.xml);
    for (const [authorId, selection] of made.authored) {
      selectionsOf.set(authorId, [...(selectionsOf.get(authorId) ?? []), selection]);
    }
  }
  const parts = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<Project xmlns="urn:QDA-XML:project:1.0"${attrs({ name: data.state.title || 'Werkplaats', origin: 'Werkplaats', creatingUserGUID: user })}>`,
    `<Users><User${attrs({ guid: user, name: 'Werkplaats' })}/></Users>`,
    codeBook(activities, codeGuid),
    ...casesAndVariables(data, guid, selectionsOf),
    sourceXml.length > 0 ? `<Sources>\n${sourceXml.join('\n')}\n</Sources>` : '',
    `<Description>${xmlText(description(data))}</Description>`,
    '</Project>',
  ];
  return { xml: parts.filter(Boolean).join('\n') + '\n', sources };
}

type Guid = (name: string) => string;
type CodeGuid = (activityId: string, code: string | null) => string;

function description(data: ExportData): string {
  const { words } = data;
  return [
    `${words.workshop}: ${data.state.title}`,
    `${words.dates}: ${data.dates}`,
    `${words.pseudonymised}: ${data.options.names ? words.no : words.yes}`,
  ].join('\n');
}

function codeBook(activities: readonly ExportActivity[], codeGuid: CodeGuid): string {
  if (activities.length === 0) return '';
  const codes = activities.map((a) => {
    const children = [...new Set(a.records.flatMap((r) => r.codes))].map(
      (code) => `<Code${attrs({ guid: codeGuid(a.id, code), name: code, isCodable: true })}/>`,
    );
    const open = `<Code${attrs({ guid: codeGuid(a.id, null), name: a.title, isCodable: true })}`;
    return children.length > 0 ? `${open}>\n${children.join('\n')}\n</Code>` : `${open}/>`;
  });
  return `<CodeBook><Codes>\n${codes.join('\n')}\n</Codes></CodeBook>`;
}

function source(
  activity: ExportActivity,
  guid: Guid,
  user: string,
  codeGuid: CodeGuid,
): { file: SourceFile; xml: string; authored: [string, string][] } {
  const sourceGuid = guid(`source:${activity.id}`);
  const texts: string[] = [];
  const selections: string[] = [];
  const authored: [string, string][] = [];
  let position = 0;
  for (const record of activity.records) {
    const length = Array.from(record.text).length;
    const selectionGuid = guid(`selection:${activity.id}/${record.id}`);
    const codes = [
      codeGuid(activity.id, null),
      ...record.codes.map((c) => codeGuid(activity.id, c)),
    ];
    const codings = codes.map(
      (target) =>
        `<Coding${attrs({ guid: guid(`coding:${activity.id}/${record.id}:${target}`), creatingUser: user })}><CodeRef${attrs({ targetGUID: target })}/></Coding>`,
    );
    selections.push(
      `<PlainTextSelection${attrs({
        guid: selectionGuid,
        name: `${activity.id}/${record.id}`,
        startPosition: position,
        endPosition: position + length,
        creatingUser: user,
        creationDateTime: record.time || null,
      })}><Description>${xmlText(selectionDescription(record))}</Description>${codings.join('')}</PlainTextSelection>`,
    );
    if (record.authorKey) authored.push([record.authorKey, selectionGuid]);
    texts.push(record.text);
    position += length + SEPARATOR.length;
  }
  const path = `${sourceGuid}.txt`;
  const xml = `<TextSource${attrs({ guid: sourceGuid, name: activity.title, plainTextPath: `internal://${path}`, creatingUser: user })}>\n${selections.join('\n')}\n</TextSource>`;
  return { file: { path: `sources/${path}`, text: texts.join(SEPARATOR) }, xml, authored };
}

/** What a researcher needs next to the text: type, step, group, who (pseudonym), links. */
function selectionDescription(record: ExportRecord): string {
  return [
    record.type,
    record.phase,
    record.round === null ? '' : String(record.round),
    record.group,
    record.author,
    record.links.length > 0
      ? `→ ${record.links.map((l) => `${l.activityId}/${l.id}`).join('; ')}`
      : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Variables (municipality, side) and one case per participant, keyed like the records. */
function casesAndVariables(
  data: ExportData,
  guid: Guid,
  selectionsOf: ReadonlyMap<string, readonly string[]>,
): string[] {
  const { state, words } = data;
  const participants = Object.values(state.participants).sort(
    (a, b) => a.joinedAt - b.joinedAt || a.id.localeCompare(b.id),
  );
  if (participants.length === 0) return [];
  const municipalityVar = guid('variable:municipality');
  const sideVar = guid('variable:side');
  const variables = `<Variables><Variable${attrs({ guid: municipalityVar, name: words.municipality, typeOfVariable: 'Text' })}/><Variable${attrs({ guid: sideVar, name: words.side, typeOfVariable: 'Text' })}/></Variables>`;
  const keys = participantKeys(state, data.options);
  const value = (variable: string, text: string) =>
    `<VariableValue><VariableRef${attrs({ targetGUID: variable })}/><TextValue>${xmlText(text)}</TextValue></VariableValue>`;
  const cases = participants.map((p) => {
    const label = data.person(p.id);
    const municipality =
      p.partnershipId === null
        ? ''
        : (own(state.partnerships, p.partnershipId)?.municipality ?? '');
    const refs = (selectionsOf.get(keys.get(p.id) ?? '') ?? []).map(
      (s) => `<SelectionRef${attrs({ targetGUID: s })}/>`,
    );
    return `<Case${attrs({ guid: guid(`case:${p.id}`), name: label })}>${value(municipalityVar, municipality)}${value(sideVar, words[p.side])}${refs.join('')}</Case>`;
  });
  return [variables, `<Cases>\n${cases.join('\n')}\n</Cases>`];
}
