import {describe, expect, it} from "vitest";
import {UNITS} from "../../src/extract/units.ts";
import {AREA_IDS} from "../../src/model/areas.ts";
import {METRICS, SUBJECTS} from "../../src/model/catalogue.ts";

// The ids are a contract: pages, peers, held-out checks and users' SQL key on them.
const CONTRACT = `power_list.items power_list.subitems power_list.category study.groups study.sessions
study.executive_meetings training.exam_participants training.exam_pass_share decisions.major_decisions
decisions.major_matters decisions.counsel_participations legal_review.documents legal_review.opinions counsel.advisers
counsel.public_lawyers normative_documents.filed normative_documents.cleaned normative_documents.repealed
normative_documents.amended enforcement.officers enforcement.penalty_cases enforcement.penalty_amount
enforcement.inspections enforcement.case_files_reviewed enforcement.tasks.major enforcement.tasks.minor
enforcement.tasks.measures inspection.enterprise_items reconsideration.received reconsideration.concluded
reconsideration.corrected reconsideration.correction_share reconsideration.mediated litigation.cases litigation.concluded
litigation.lost litigation.loss_share litigation.head_appearance_share mediation.organizations mediation.disputes
mediation.success_share disclosure.proactive disclosure.on_request publicity.events publicity.audience
services.certificates_cancelled services.online_share hotline.cases hotline.resolved_share enterprise.benefited
enterprise.funds enterprise.key_service_share enterprise.demands_resolved_share`.split(/\s+/);

describe("the catalogue", () => {
  it("holds every metric of the contract, each once", () => {
    const ids = METRICS.map((m) => m.id);
    expect(ids.filter((id) => !CONTRACT.includes(id))).toEqual(["reconsideration.accepted"]);
    expect(CONTRACT.filter((id) => !ids.includes(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain("decisions.legal_review_opinions");
  });

  it("gives each a Chinese label, a unit it reads, an area of the programme and phrases", () => {
    for (const m of METRICS) {
      expect(m.label).toMatch(/[\u4e00-\u9fff]/);
      expect(m.units).toContain(m.unit);
      for (const unit of m.units) expect([...UNITS, "%"]).toContain(unit);
      expect(AREA_IDS.has(m.area)).toBe(true);
      expect(m.phrases.length).toBeGreaterThan(0);
    }
  });

  it("names a subject only where one is defined, with a main figure of the catalogue", () => {
    const ids = new Set(METRICS.map((m) => m.id));
    const subjects = new Set(SUBJECTS.map((s) => s.id));
    for (const m of METRICS) if (m.subject) expect(subjects.has(m.subject)).toBe(true);
    for (const s of SUBJECTS) if (s.main) expect(ids.has(s.main)).toBe(true);
  });

  it("gives no phrase to two metrics that read the same unit", () => {
    for (const a of METRICS)
      for (const b of METRICS) {
        if (a.id >= b.id || a.subject !== b.subject || !a.units.some((u) => b.units.includes(u))) continue;
        expect(
          a.phrases.filter((p) => p !== "" && b.phrases.includes(p)),
          `${a.id} / ${b.id}`,
        ).toEqual([]);
      }
  });
});
