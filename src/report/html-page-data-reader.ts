/**
 * The part of the page's script that turns a finding row of the JSON block back into the texts it shows (see
 * PageData in html-findings.ts): the message is its template's pieces joined by the resource's name, with no
 * placeholder syntax, so no character of a name or message can be mistaken for one. Plain JavaScript, inlined
 * into the page's script and run as is by the tests that compare it with the engine's messages.
 */
export const PAGE_DATA_READER = `
  function findingView(data, row) {
    const [label, start, end] = data.resources[row[1]];
    return {
      message: data.templates[row[0]].join(label.slice(start, end)),
      resource: label,
      suppressed: row[2] === null ? null : data.strings[row[2]],
      isNew: row.length > 3,
    };
  }
`;
