/**
 * `JSON.stringify(value, null, 2)` of an object of arrays and plain values, in pieces: each element
 * of a top-level array is its own piece, so that the whole output (78 MB for a 50 MB input) is
 * never held as one string. Pure, so it is unit-tested against JSON.stringify.
 */
export function* jsonPieces(value: object): Generator<string> {
  // JSON.stringify leaves out members it cannot write.
  const members = Object.entries(value).filter(([, member]) => member !== undefined && typeof member !== 'function' && typeof member !== 'symbol');
  if (members.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (let m = 0; m < members.length; m++) {
    const [key, member] = members[m];
    yield `${m === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(member) && member.length > 0) {
      yield '[';
      for (let i = 0; i < member.length; i++) yield `${i === 0 ? '' : ','}\n    ${indented(member[i], '    ')}`;
      yield '\n  ]';
    } else {
      yield indented(member, '  ');
    }
  }
  yield '\n}';
}

/** A value's JSON nested at a depth: a string's line breaks are escaped, so every break is layout. */
function indented(value: unknown, indent: string): string {
  return (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
}
