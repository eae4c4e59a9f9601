/**
 * Characters found in every rule-of-law report, in both scripts: in text read in the right encoding some fifth to a
 * third of the Chinese characters are among them; in bytes read in the wrong one (Big5 read as GB18030, or the other
 * way round) almost none are, since each pair of bytes lands on an unrelated character.
 */
const COMMON = new Set("的法治政府建设設工作年行一区區是和推进進开開展制度加强強人员員执執法不国國务務管理依");

/** The share of a text's Chinese characters that are common in reports, and how many Chinese characters it has. */
export function commonShare(text: string): {share: number; chinese: number} {
  let common = 0;
  let chinese = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) continue;
    chinese++;
    if (COMMON.has(text[i]!)) common++;
  }
  return {share: chinese === 0 ? 0 : common / chinese, chinese};
}
