// Regenerates vectors.json from Twilio's own segment calculator (npm: sms-segments-calculator), so
// tst_segments can check ClinicDesk's count against it without Node at test time:
//   npm install sms-segments-calculator@1.3.0 && node generate.js > vectors.json
// A body is a list of runs [UTF-16 code units in hex, repeat count] (lone surrogates survive JSON that way), or
// plain text for the random ones.
const { SegmentedMessage } = require('sms-segments-calculator');

const pieces = {
    ascii: 'a', digit: '7', euro: '€', caret: '^', brace: '{', formfeed: '\f', cedillaLower: 'ç', cedillaUpper: 'Ç',
    greekUpper: 'Δ', greekLower: 'α', emoji: '😜', thumbsSkin: '👍🏽', family: '👨‍👩‍👧', flag: '🇫🇷', heart: '❤️',
    keycap: '1️⃣', accent: 'e\u0301', crlf: '\r\n', lf: '\n', cr: '\r', nbsp: '\u00a0', curly: '’', zwj: '\u200d',
    loneHigh: '\ud83d', loneLow: '\ude1c', cjk: '中', hangul: '한', rainbowFlag: '🏳️‍🌈', tab: '\t', at: '@',
};
const hex = (s) => [...Array(s.length).keys()].map((i) => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');
const out = [];
const expect = (body) => { const m = new SegmentedMessage(body); return [m.encodingName, m.segmentsCount]; };
const addRuns = (name, runs) => {
    const body = runs.map(([t, k]) => t.repeat(k)).join('');
    const [encoding, segments] = expect(body);
    out.push({ name, runs: runs.filter(([, k]) => k > 0).map(([t, k]) => [hex(t), k]), encoding, segments });
};
const addText = (name, text) => { const [encoding, segments] = expect(text); out.push({ name, text, encoding, segments }); };
// Boundaries: n fillers, one special piece, then m fillers, around the single/multi-part limits.
const fillers = { a: 'a', c: 'ç', e: '€' };
for (const [fname, f] of Object.entries(fillers)) {
    for (const [pname, p] of Object.entries(pieces)) {
        for (const n of [0, 65, 66, 67, 68, 69, 70, 76, 77, 78, 79, 80, 132, 133, 134, 151, 152, 153, 154, 158, 159,
                         160, 161, 305, 306, 307]) {
            for (const m of [0, 1, 67]) {
                addRuns(`${fname}x${n} ${pname} ${fname}x${m}`, [[f, n], [p, 1], [f, m]]);
            }
        }
    }
}
// Random mixes with a fixed seed (xorshift), many near segment boundaries.
let seed = 0x2545f491;
const rnd = (k) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % k; };
const all = Object.values(pieces).filter((p) => !/^[\ud800-\udfff]$/.test(p)).concat(['a', 'b', ' ', '.', 'Z', '0', 'é', 'ñ', 'ü', '[', ']', '~', '|', '\\']);
for (let i = 0; i < 600; ++i) {
    const len = 1 + rnd(420);
    const weightSpecial = rnd(4); // 0: plain GSM, 1-3: sprinkled specials
    let body = '';
    while (body.length < len) {
        body += (weightSpecial === 0 || rnd(10) > weightSpecial) ? 'abcdefghij klmno.'[rnd(17)] : all[rnd(all.length)];
    }
    addText(`random ${i}`, body);
}
process.stdout.write(JSON.stringify(out, null, 0).replace(/\},\{/g, '},\n{') + '\n');
