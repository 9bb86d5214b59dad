// The console's words for employees, attendance, performance and predictive validity (added to MESSAGES).
"use strict";

Object.assign(MESSAGES["zh-CN"], {
  "section.employees": "员工与考勤", "section.validity": "预测效度",
  "emp.name": "姓名", "emp.job": "岗位", "emp.branch": "网点", "emp.start": "入职日期", "emp.onboarding": "入职清单",
  "emp.month": "本月", "emp.monthLine": "出勤 {present}/{workdays} · 迟到 {late} · 早退 {early} · 缺勤 {absent} · 请假 {leave}",
  "emp.risk": "离职风险", "emp.pending": "待审批", "emp.export": "导出本月考勤 XLSX", "emp.qr": "网点打卡二维码",
  "emp.qrLine": "{branch} 当前打卡码 {code}（{until} 前有效，每 30 秒更换）",
  "risk.low": "低", "risk.medium": "中", "risk.high": "高", "risk.not enough data": "数据不足",
  "pending.appeal": "申诉 {day}：{reason}", "pending.leave": "请假 {from}–{to}：{reason}", "pending.checkIn": "主管确认打卡 {time}",
  "pending.approve": "批准", "pending.reject": "驳回", "pending.none": "没有待审批事项。",
  "val.job": "岗位", "val.hires": "入职人数 {n}", "val.predictor": "预测指标", "val.outcome": "结果", "val.rho": "Spearman ρ（95% 区间）",
  "val.reliability": "可信度", "val.proposal": "建议权重（按绩效）", "val.current": "当前", "val.proposed": "建议",
  "val.gain": "交叉验证预测力：当前 {current} → 建议 {proposed}（提升 {gain}）", "val.accept": "采纳为新版本能力模型",
  "val.accepted": "已保存为第 {version} 版（{note}）。", "val.none": "暂无建议权重。",
  "val.noGain": "不建议采纳：建议权重在交叉验证中的预测力并不高于当前权重（提升 {gain}），保留当前能力模型。",
  "outcome.performance": "绩效", "outcome.attendance": "出勤稳定", "outcome.retention-3m": "3 个月留存", "outcome.retention-6m": "6 个月留存",
  "outcome.retention-12m": "12 个月留存", "predictor.interview": "AI 面试总分", "predictor.screening": "简历筛选分",
});

Object.assign(MESSAGES.en, {
  "section.employees": "Employees and attendance", "section.validity": "Predictive validity",
  "emp.name": "Name", "emp.job": "Job", "emp.branch": "Branch", "emp.start": "First day", "emp.onboarding": "Onboarding",
  "emp.month": "This month", "emp.monthLine": "Present {present}/{workdays} · late {late} · left early {early} · absent {absent} · leave {leave}",
  "emp.risk": "Attrition risk", "emp.pending": "Waiting for a decision", "emp.export": "Export this month (XLSX)", "emp.qr": "Branch check-in QR code",
  "emp.qrLine": "{branch} check-in code {code} (valid until {until}; changes every 30 s)",
  "risk.low": "low", "risk.medium": "medium", "risk.high": "high", "risk.not enough data": "not enough data",
  "pending.appeal": "Appeal {day}: {reason}", "pending.leave": "Leave {from}–{to}: {reason}", "pending.checkIn": "Supervisor check-in {time}",
  "pending.approve": "Approve", "pending.reject": "Reject", "pending.none": "Nothing waits for a decision.",
  "val.job": "Job", "val.hires": "{n} hires", "val.predictor": "Predictor", "val.outcome": "Outcome", "val.rho": "Spearman ρ (95 % interval)",
  "val.reliability": "How far to trust it", "val.proposal": "Proposed weights (against performance)", "val.current": "Current", "val.proposed": "Proposed",
  "val.gain": "Cross-validated validity: current {current} → proposed {proposed} (gain {gain})", "val.accept": "Accept as a new model version",
  "val.accepted": "Saved as version {version} ({note}).", "val.none": "No weights proposed.",
  "val.noGain": "Not offered: out of sample the proposed weights predicted performance no better than the current ones (gain {gain}), so the current model stays.",
  "outcome.performance": "Performance", "outcome.attendance": "Attendance stability", "outcome.retention-3m": "Retention 3 m", "outcome.retention-6m": "Retention 6 m",
  "outcome.retention-12m": "Retention 12 m", "predictor.interview": "AI interview overall", "predictor.screening": "Resume screening",
});
