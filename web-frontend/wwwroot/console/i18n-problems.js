// The API explains refusals in English (ProblemDetails.detail). In Chinese the console shows the reasons HR meets most
// (model validation, posting, slots, second round, pipeline moves) in Chinese; any other reason is shown as sent.
"use strict";

const stageList = (names) => names.split(/,\s*/).map(stageName).join("、");

const PROBLEM_TEXT_ZH = [
  [/^is required$/, () => "必填"],
  [/^'[^']+' is required\.$/, () => "必填。"],
  [/^must be a positive number, got (.+)$/, (v) => `必须为正数，当前为 ${v}`],
  [/^must be between (\S+) and (\S+), got (.+)$/, (a, b, v) => `应在 ${a} 到 ${b} 之间，当前为 ${v}`],
  [/^target outside the range of '([^']+)' \(([^)]*)\): must be between (\S+) and (\S+), got (.+)$/,
    (f, unit, a, b, v) => `目标值超出“${f}”的范围（${unit}）：应在 ${a} 到 ${b} 之间，当前为 ${v}`],
  [/^upper target outside the range of '([^']+)' \(([^)]*)\): must be between (\S+) and (\S+), got (.+)$/,
    (f, unit, a, b, v) => `上限超出“${f}”的范围（${unit}）：应在 ${a} 到 ${b} 之间，当前为 ${v}`],
  [/^must not be below target \((\S+)\), got (.+)$/, (a, v) => `不能低于目标值（${a}），当前为 ${v}`],
  [/^is required with direction Within$/, () => "方向为“区间内”时必填"],
  [/^is only used with direction Within, not (\w+)$/, () => "仅在方向为“区间内”时使用"],
  [/^must be below priorityHireCutoff \((\S+)\), got (.+)$/, (a, v) => `必须低于优先录用分数线（${a}），当前为 ${v}`],
  [/^unknown feature '([^']+)'(?: \(did you mean '([^']+)'\?\))?$/, (f, near) => `未知指标“${f}”${near ? `（是否为“${near}”？）` : ""}`],
  [/^feature '([^']+)' cannot be scored: (.+)$/, (f) => `指标“${f}”不能计分`],
  [/^feature '([^']+)' is the protected attribute '([^']+)' and can never be scored$/, (f, a) => `指标“${f}”属于受保护属性（${a}），不能计分`],
  [/^a competency needs at least one indicator$/, () => "每个能力项至少需要一个指标"],
  [/^needs at least one non-facial indicator/, () => "至少需要一个非面部指标，以便不使用面部分析时也能评分"],
  [/^a model needs at least one competency$/, () => "模型至少需要一个能力项"],
  [/^duplicate (.+) '([^']+)' \(first used at (.+)\)$/, (what, key, at) => `重复的代码“${key}”（首次出现在 ${at}）`],
  [/^unknown competency '([^']+)'$/, (k) => `未知能力项“${k}”`],
  [/^the interview needs at least one scored \(non-practice\) question$/, () => "面试至少需要一道计分（非练习）题"],
  [/^only one practice question is allowed/, () => "只能有一道练习题"],
  [/^a scored question needs at least one expected point$/, () => "计分题至少需要一个要点"],
  [/^an expected point needs at least one term to recognise it by$/, () => "要点至少需要一个识别词"],
  [/^'[^']+' must be between (\S+) and (\S+?)\.$/, (a, b) => `应在 ${a} 到 ${b} 之间。`],
  [/^'[^']+' is longer than (\d+) characters\.$/, (n) => `不能超过 ${n} 个字符。`],
  [/^A job id is 2–64 lower-case letters, digits and dashes\.$/, () => "岗位编号应为 2–64 个小写字母、数字或连字符。"],
  [/^A job with id '([^']+)' already exists\.$/, (id) => `岗位编号“${id}”已存在。`],
  [/^Unknown template '([^']+)'\./, (code) => `未知模板“${code}”。`],
  [/^'startsAt' must be in the future\.$/, () => "开始时间必须晚于现在。"],
  [/^'bookingDeadline' must not be after 'startsAt'\.$/, () => "预约截止不能晚于开始时间。"],
  [/^'bookingDeadline' must be in the future\.$/, () => "预约截止必须晚于现在。"],
  [/^Name between 1 and (\d+) interviewers\.$/, (n) => `请指定 1 至 ${n} 名面试官。`],
  [/^'([^']+)' is not an HR user who may interview\.$/, (name) => `“${name}”不是可担任面试官的 HR 用户。`],
  [/^Rate at least one competency\.$/, () => "请至少为一项能力评分。"],
  [/^Each competency may be rated once\.$/, () => "每项能力只能评分一次。"],
  [/^No second round has been scheduled for this candidate\.$/, () => "该候选人尚未安排复试。"],
  [/^'([^']+)' is not assigned to this candidate's second round \(assigned: (.*)\)\.$/, (name, all) => `“${name}”未被安排参加该候选人的复试（已安排：${all}）。`],
  [/^A candidate in stage '(\w+)' cannot move to '(\w+)'\. Allowed: (.*)\.$/,
    (from, to, allowed) => `处于“${stageName(from)}”阶段的候选人不能移至“${stageName(to)}”。${allowed ? `可移至：${stageList(allowed)}。` : "该阶段为终态。"}`],
  [/^'maxScore' must not be below 'minScore'\.$/, () => "最高分不能低于最低分。"],
];

/** The API's reason in the console's language (as sent when no Chinese wording is known). */
function problemText(message) {
  if (language() !== "zh-CN" || !message) return message;
  for (const [pattern, write] of PROBLEM_TEXT_ZH) {
    const match = pattern.exec(message);
    if (match) return write(...match.slice(1));
  }
  return message;
}
