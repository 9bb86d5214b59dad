// The console's two languages: zh-CN (the default) and English, one at a time, the choice kept in localStorage.
// t(key, {params}) looks a message up; elements of index.html carry data-i18n (text) or data-i18n-label (aria-label).
"use strict";

const LANGUAGE_KEY = "bankhire.console.language";

const MESSAGES = {
  "zh-CN": {
    "app.title": "BankHire · 银行智能招聘",
    "app.tagline": "银行智能招聘",
    "lang.switch": "语言",
    "nav.signOut": "退出",
    "signIn.title": "HR 登录",
    "signIn.userName": "用户名",
    "signIn.password": "密码",
    "signIn.submit": "登录",
    "signIn.hint": "首次运行时，管理员密码由 ./run.sh 生成并打印。",
    "signIn.failed": "用户名或密码错误。",
    "signIn.locked": "失败次数过多，账号已暂时锁定。",
    "signIn.expired": "登录已过期，请重新登录。",
    "section.jobs": "岗位与能力模型",
    "section.analytics": "招聘分析",
    "section.bank": "银行",
    "console.sections": "控制台栏目",
    "role.HrAdmin": "管理员", "role.Recruiter": "招聘专员", "role.Interviewer": "面试官", "role.Auditor": "审计",
    "bank.code": "代码", "bank.branch": "网点", "bank.city": "城市",
    "punct.colon": "：", "punct.list": "、",
    "common.cancel": "取消", "common.refresh": "刷新", "common.failed": "失败", "common.close": "关闭",
    "error.prefix": "未保存：", "error.seeFields": "未保存：请查看标出的字段。",
    "stage.Applied": "投递", "stage.Screened": "已筛选", "stage.Invited": "待预约", "stage.Booked": "待面试",
    "stage.Interviewing": "面试中", "stage.Completed": "已完成", "stage.SecondRound": "复试", "stage.Offer": "录用意向",
    "stage.Hired": "入职", "stage.Rejected": "淘汰", "stage.Withdrawn": "放弃",
    "recommendation.PriorityHire": "优先录用", "recommendation.SecondRound": "建议复试", "recommendation.Reject": "淘汰", "recommendation.NotScorable": "无法评分",
    "verdict.PriorityHire": "优先录用", "verdict.SecondRoundPassed": "复试通过", "verdict.Reject": "淘汰",
    "jobStatus.Draft": "草稿", "jobStatus.Open": "招聘中", "jobStatus.Closed": "已关闭",
    "importStatus.Parsed": "已解析", "importStatus.Duplicate": "重复", "importStatus.Rejected": "已拒收",
    "direction.AtLeast": "不低于", "direction.AtMost": "不高于", "direction.Within": "区间内",
    "unit.days": "{n} 天", "unit.hours": "{n} 小时",
    "jobs.list": "岗位列表", "jobs.new": "新建岗位", "jobs.newTitle": "从模板新建岗位", "jobs.template": "能力模型模板",
    "jobs.chooseTemplate": "请选择模板", "jobs.id": "岗位编号（可选）", "jobs.idHint": "小写字母、数字和连字符；留空则自动生成。",
    "jobs.noBranch": "不指定网点", "jobs.create": "创建岗位", "jobs.created": "已创建岗位“{title}”。",
    "jobs.openings": "招聘 {n} 人", "jobs.modelVersion": "模型 v{v}（共 {count} 版）", "jobs.panes": "岗位工作区",
    "pane.candidates": "候选人", "pane.resumes": "简历筛选", "pane.slots": "面试时段", "pane.posting": "岗位信息",
    "pane.model": "能力模型", "pane.versions": "模型版本",
    "posting.titleZh": "岗位名称（中文）", "posting.titleEn": "岗位名称（英文）", "posting.branch": "网点", "posting.openings": "招聘人数",
    "posting.status": "状态", "posting.save": "保存岗位信息", "posting.saved": "岗位信息已保存。",
    "filters.stage": "阶段", "filters.allStages": "全部阶段", "filters.scoreKind": "分数", "filters.resumeScore": "简历分",
    "filters.interviewScore": "AI 面试分", "filters.minScore": "最低分", "filters.maxScore": "最高分", "filters.name": "姓名",
    "filters.namePlaceholder": "搜索姓名", "filters.apply": "筛选", "filters.clear": "清除筛选",
    "candidates.count": "共 {n} 名候选人", "candidates.rank": "排名", "candidates.name": "候选人", "candidates.school": "学校",
    "candidates.major": "专业", "candidates.stage": "阶段", "candidates.resumeScore": "简历分", "candidates.aiScore": "AI 面试分",
    "candidates.aiSuggestion": "AI 建议", "candidates.select": "选择", "candidates.selectOne": "选择 {name}", "candidates.top": "前 {n}",
    "candidates.knockedOut": "未达硬性要求", "candidates.none": "没有符合条件的候选人。",
    "bulk.moveTo": "移至阶段", "bulk.reason": "原因", "bulk.move": "批量移动", "bulk.selectFirst": "请先选择候选人。",
    "bulk.moved": "已移动 {n} 人", "bulk.notMoved": "未移动",
    "resumes.title": "导入简历", "resumes.upload": "上传简历（PDF、DOCX、TXT、ZIP、CSV、XLSX）", "resumes.progress": "上传进度", "resumes.choose": "选择简历文件", "resumes.dropHint": "可多选；选择后立即上传并筛选",
    "resumes.uploading": "正在上传 {n} 个文件…", "resumes.done": "完成", "resumes.source": "文件", "resumes.result": "结果",
    "resumes.message": "说明", "resumes.ranking": "简历排名", "resumes.noRanking": "尚无已筛选的简历。", "resumes.score": "分数",
    "resumes.why": "依据", "resumes.inviteCount": "邀请人数", "resumes.inviteTop": "邀请排名靠前者参加 AI 面试",
    "resumes.invited": "已邀请 {n} 人（{already} 人此前已邀请）。", "resumes.link": "面试链接", "resumes.openLink": "打开链接",
    "resumes.expires": "链接有效期至", "resumes.networkError": "网络错误：上传未到达服务器。",
    "slots.title": "AI 面试时段", "slots.publishTitle": "发布时段", "slots.startsAt": "开始时间", "slots.duration": "时长（分钟）",
    "slots.capacity": "名额", "slots.deadline": "预约截止", "slots.location": "地点", "slots.locationPlaceholder": "线上或网点地址",
    "slots.publish": "发布时段", "slots.booked": "已预约", "slots.seatsLeft": "剩余名额", "slots.none": "尚未发布时段。",
    "slots.summary": "{slots} 个时段，已预约 {booked} 人", "slots.minutes": "{n} 分钟",
    "model.title": "能力模型编辑", "model.policy": "评分规则", "model.priorityCutoff": "优先录用分数线", "model.secondRoundCutoff": "建议复试分数线",
    "model.questionOrder": "题目顺序", "model.order.Fixed": "固定顺序", "model.order.RandomPerCandidate": "每位候选人随机",
    "model.facialAllowed": "允许使用面部指标（微笑、目光、人脸）", "model.facialHint": "不允许时，面部指标不计分，其权重分配给其他指标，报告中会说明。",
    "model.releaseFeedback": "面试报告生成后自动向候选人发布反馈",
    "model.competencies": "能力项", "model.weightTotal": "权重合计 {total}（保存时自动归一化）", "model.share": "占比 {p}%",
    "model.key": "代码", "model.nameZh": "名称（中文）", "model.nameEn": "名称（英文）", "model.weight": "权重", "model.passThreshold": "及格分",
    "model.resumeTerms": "简历关键词（逗号分隔）", "model.feature": "指标", "model.direction": "方向", "model.target": "目标值",
    "model.upperTarget": "上限", "model.tolerance": "容差", "model.hidden": "对候选人隐藏", "model.hiddenShort": "隐藏", "model.facial": "面部",
    "model.addIndicator": "添加指标", "model.removeIndicator": "删除", "model.addCompetency": "添加能力项", "model.removeCompetency": "删除能力项",
    "model.newCompetency": "新能力项",
    "model.questions": "面试题目", "model.question": "题目", "model.questionId": "题目编号", "model.competency": "考察能力",
    "model.thinkSeconds": "思考时间（秒）", "model.answerSeconds": "作答时间（秒）", "model.retakes": "重答次数", "model.practice": "练习题",
    "model.textZh": "题目（中文）", "model.textEn": "题目（英文）", "model.pointKey": "要点代码", "model.labelZh": "要点（中文）",
    "model.labelEn": "要点（英文）", "model.terms": "识别词（逗号分隔）", "model.addPoint": "添加要点", "model.removePoint": "删除",
    "model.addQuestion": "添加题目", "model.removeQuestion": "删除题目", "model.changeNote": "修改说明",
    "model.notePlaceholder": "例如：提高合规意识权重", "model.save": "保存为新版本", "model.saved": "已保存为模型 v{v}。",
    "versions.version": "版本", "versions.createdAt": "创建时间", "versions.author": "修改人", "versions.note": "说明",
    "versions.export": "导出", "versions.current": "当前", "versions.created": "创建岗位时的模型",
    "profile.title": "候选人档案", "profile.screening": "简历筛选", "profile.noResume": "无简历。",
    "profile.screeningScore": "{score} / 100 · {lines} 条依据 · 模型 v{v}", "profile.looked": "考察项", "profile.points": "得分", "profile.why": "说明",
    "profile.ai": "AI 面试", "profile.noInterview": "尚无 AI 面试。", "profile.reportPending": "报告生成中…",
    "profile.overall": "总分 {score} · AI 建议：{suggestion} · 模型 v{v}", "profile.indicators": "各项指标", "profile.indicator": "指标",
    "profile.value": "测量值", "profile.target": "目标", "profile.note": "说明",
    "profile.sideBySide": "AI 与面试官评分对照", "profile.competency": "能力", "profile.aiScore": "AI", "profile.interviewerMean": "面试官均分",
    "profile.gap": "差值（面试官 − AI）", "profile.timeline": "时间线", "profile.at": "时间", "profile.from": "从", "profile.to": "到",
    "profile.by": "操作人", "profile.reason": "原因", "profile.moveTo": "移至阶段", "profile.move": "移动",
    "evidence.title": "各题作答依据（文字与画面）", "evidence.source": "文字来源", "evidence.source.typed": "文字作答",
    "evidence.source.transcript": "提供的转写稿", "evidence.source.speech-to-text": "语音识别", "evidence.source.none": "未分析内容",
    "evidence.source.pending": "分析中", "evidence.noTranscript": "无作答文字（未同意内容分析或无可分析的文字）。",
    "evidence.frameAlt": "作答画面 #{seq}（{why}）", "evidence.pick.First": "首帧", "evidence.pick.Middle": "中间帧", "evidence.pick.Last": "末帧",
    "evidence.pick.NoFace": "未检测到人脸", "evidence.pick.SeveralFaces": "检测到多张人脸",
    "evidence.noFrames.role": "您的角色无权查看候选人画面。", "evidence.noFrames.noFrames": "本题没有录制画面。",
    "evidence.noFrames.noConsent": "候选人未给出同意，不显示画面。", "evidence.noFrames.consentWithdrawn": "候选人已撤回同意，不显示画面。",
    "evidence.noFrames.noFaceConsent": "候选人未同意人脸分析，不显示画面。",
    "evidence.noFrames.noKeepRecordingConsent": "候选人未同意保留录像供人工复核，不显示画面。",
    "round.title": "复试", "round.interviewers": "面试官", "round.assignedBy": "由 {by} 安排", "round.interviewer": "面试官",
    "round.verdict": "结论", "round.ratings": "评分", "round.comment": "评语", "round.submittedAt": "提交时间",
    "round.noScorecards": "尚无评分表。", "round.notScheduled": "未安排复试。", "round.assign": "安排复试", "round.reassign": "调整复试安排",
    "round.interviewersPlaceholder": "面试官用户名，逗号分隔", "round.scheduledAt": "复试时间", "round.assignButton": "保存安排",
    "round.scorecard": "结构化评分表", "round.scale": "每项能力 0–100 分，与 AI 评分同一标尺。", "round.onBehalfOf": "面试官",
    "round.aiSays": "AI {score}", "round.submit": "提交评分表",
    "analytics.summary": "候选人 {candidates} · 入职用时：中位 {median}，P90 {p90} · 预约后流失 {left}",
    "analytics.funnel": "招聘漏斗", "analytics.stage": "阶段", "analytics.rejected": "淘汰", "analytics.withdrawn": "放弃",
    "analytics.stays": "次数", "analytics.median": "中位",
    "analytics.ai": "AI 通过率 {rate}（{passed}/{of}）· AI 通过者录用率 {hirePassed} · AI 淘汰者录用率 {hireRejected}",
    "analytics.screeningScores": "简历分数分布（n={n}）", "analytics.interviewScores": "面试分数分布（n={n}）",
    "analytics.export": "导出 {format}", "analytics.overall": "全部岗位：候选人 {candidates} · 邀请 {invited} · 完成面试 {interviewed} · 入职 {hired}",
  },
  en: {
    "app.title": "BankHire · AI recruitment for banks",
    "app.tagline": "AI interviews for banks",
    "lang.switch": "Language",
    "nav.signOut": "Sign out",
    "signIn.title": "HR sign-in",
    "signIn.userName": "User name",
    "signIn.password": "Password",
    "signIn.submit": "Sign in",
    "signIn.hint": "The first admin password is printed by ./run.sh.",
    "signIn.failed": "Wrong user name or password.",
    "signIn.locked": "Too many failed attempts; the account is locked for a while.",
    "signIn.expired": "Your session has ended; please sign in again.",
    "section.jobs": "Jobs and competency models",
    "section.analytics": "Analytics",
    "section.bank": "Bank",
    "console.sections": "Console sections",
    "role.HrAdmin": "HR admin", "role.Recruiter": "Recruiter", "role.Interviewer": "Interviewer", "role.Auditor": "Auditor",
    "bank.code": "Code", "bank.branch": "Branch", "bank.city": "City",
    "punct.colon": ": ", "punct.list": ", ",
    "common.cancel": "Cancel", "common.refresh": "Refresh", "common.failed": "Failed", "common.close": "Close",
    "error.prefix": "Not saved:", "error.seeFields": "Not saved: see the marked fields.",
    "stage.Applied": "Applied", "stage.Screened": "Screened", "stage.Invited": "Invited", "stage.Booked": "Booked",
    "stage.Interviewing": "Interviewing", "stage.Completed": "Completed", "stage.SecondRound": "Second round", "stage.Offer": "Offer",
    "stage.Hired": "Hired", "stage.Rejected": "Rejected", "stage.Withdrawn": "Withdrawn",
    "recommendation.PriorityHire": "Priority hire", "recommendation.SecondRound": "Second round", "recommendation.Reject": "Reject", "recommendation.NotScorable": "Not scorable",
    "verdict.PriorityHire": "Priority hire", "verdict.SecondRoundPassed": "Passed the second round", "verdict.Reject": "Reject",
    "jobStatus.Draft": "Draft", "jobStatus.Open": "Open", "jobStatus.Closed": "Closed",
    "importStatus.Parsed": "Parsed", "importStatus.Duplicate": "Duplicate", "importStatus.Rejected": "Rejected",
    "direction.AtLeast": "At least", "direction.AtMost": "At most", "direction.Within": "Within",
    "unit.days": "{n} d", "unit.hours": "{n} h",
    "jobs.list": "Jobs", "jobs.new": "New job", "jobs.newTitle": "New job from a template", "jobs.template": "Competency-model template",
    "jobs.chooseTemplate": "Choose a template", "jobs.id": "Job id (optional)", "jobs.idHint": "Lower-case letters, digits and dashes; left empty, one is made up.",
    "jobs.noBranch": "No branch", "jobs.create": "Create job", "jobs.created": "Job “{title}” created.",
    "jobs.openings": "{n} openings", "jobs.modelVersion": "model v{v} ({count} versions)", "jobs.panes": "Job workspace",
    "pane.candidates": "Candidates", "pane.resumes": "Resume screening", "pane.slots": "Interview slots", "pane.posting": "Posting",
    "pane.model": "Competency model", "pane.versions": "Model versions",
    "posting.titleZh": "Title (Chinese)", "posting.titleEn": "Title (English)", "posting.branch": "Branch", "posting.openings": "Openings",
    "posting.status": "Status", "posting.save": "Save posting", "posting.saved": "Posting saved.",
    "filters.stage": "Stage", "filters.allStages": "All stages", "filters.scoreKind": "Score", "filters.resumeScore": "Resume score",
    "filters.interviewScore": "AI interview score", "filters.minScore": "Min score", "filters.maxScore": "Max score", "filters.name": "Name",
    "filters.namePlaceholder": "Search by name", "filters.apply": "Filter", "filters.clear": "Clear filters",
    "candidates.count": "{n} candidates", "candidates.rank": "Rank", "candidates.name": "Candidate", "candidates.school": "School",
    "candidates.major": "Major", "candidates.stage": "Stage", "candidates.resumeScore": "Resume", "candidates.aiScore": "AI interview",
    "candidates.aiSuggestion": "AI suggestion", "candidates.select": "Select", "candidates.selectOne": "Select {name}", "candidates.top": "Top {n}",
    "candidates.knockedOut": "missed a must-have", "candidates.none": "No candidate matches.",
    "bulk.moveTo": "Move selected to", "bulk.reason": "Reason", "bulk.move": "Move", "bulk.selectFirst": "Select candidates first.",
    "bulk.moved": "Moved {n}", "bulk.notMoved": "Not moved",
    "resumes.title": "Import resumes", "resumes.upload": "Upload resumes (PDF, DOCX, TXT, ZIP, CSV, XLSX)", "resumes.progress": "Upload progress", "resumes.choose": "Choose resume files", "resumes.dropHint": "several at once; they are uploaded and screened as soon as chosen",
    "resumes.uploading": "Uploading {n} file(s)…", "resumes.done": "Done", "resumes.source": "Source", "resumes.result": "Result",
    "resumes.message": "Message", "resumes.ranking": "Ranking", "resumes.noRanking": "No screened resume yet.", "resumes.score": "Score",
    "resumes.why": "Why", "resumes.inviteCount": "How many to invite", "resumes.inviteTop": "Invite the top candidates to the AI interview",
    "resumes.invited": "Invited {n} ({already} already invited).", "resumes.link": "Interview link", "resumes.openLink": "Open link",
    "resumes.expires": "Link expires", "resumes.networkError": "Network error: the upload did not reach the server.",
    "slots.title": "AI interview slots", "slots.publishTitle": "Publish a slot", "slots.startsAt": "Starts at", "slots.duration": "Length (minutes)",
    "slots.capacity": "Seats", "slots.deadline": "Booking deadline", "slots.location": "Location", "slots.locationPlaceholder": "Online or a branch address",
    "slots.publish": "Publish slot", "slots.booked": "Booked", "slots.seatsLeft": "Seats left", "slots.none": "No slot published yet.",
    "slots.summary": "{slots} slot(s), {booked} booked", "slots.minutes": "{n} min",
    "model.title": "Competency model editor", "model.policy": "Scoring policy", "model.priorityCutoff": "Priority-hire cut-off", "model.secondRoundCutoff": "Second-round cut-off",
    "model.questionOrder": "Question order", "model.order.Fixed": "Fixed", "model.order.RandomPerCandidate": "Random per candidate",
    "model.facialAllowed": "Facial indicators allowed (smile, gaze, faces)", "model.facialHint": "When not allowed, facial indicators are not scored, their weight goes to the others, and reports say so.",
    "model.releaseFeedback": "Release feedback to the candidate as soon as the report is ready",
    "model.competencies": "Competencies", "model.weightTotal": "Weights sum to {total} (normalised on save)", "model.share": "share {p}%",
    "model.key": "Key", "model.nameZh": "Name (Chinese)", "model.nameEn": "Name (English)", "model.weight": "Weight", "model.passThreshold": "Pass mark",
    "model.resumeTerms": "Resume terms (comma-separated)", "model.feature": "Indicator", "model.direction": "Direction", "model.target": "Target",
    "model.upperTarget": "Upper target", "model.tolerance": "Tolerance", "model.hidden": "Hidden from candidate", "model.hiddenShort": "Hidden", "model.facial": "facial",
    "model.addIndicator": "Add indicator", "model.removeIndicator": "Remove", "model.addCompetency": "Add competency", "model.removeCompetency": "Remove competency",
    "model.newCompetency": "New competency",
    "model.questions": "Interview questions", "model.question": "Question", "model.questionId": "Question id", "model.competency": "Competency",
    "model.thinkSeconds": "Thinking time (s)", "model.answerSeconds": "Answer time (s)", "model.retakes": "Retakes", "model.practice": "Practice question",
    "model.textZh": "Question (Chinese)", "model.textEn": "Question (English)", "model.pointKey": "Point key", "model.labelZh": "Point (Chinese)",
    "model.labelEn": "Point (English)", "model.terms": "Terms (comma-separated)", "model.addPoint": "Add point", "model.removePoint": "Remove",
    "model.addQuestion": "Add question", "model.removeQuestion": "Remove question", "model.changeNote": "Change note",
    "model.notePlaceholder": "e.g. more weight on compliance", "model.save": "Save as a new version", "model.saved": "Saved as model v{v}.",
    "versions.version": "Version", "versions.createdAt": "Created", "versions.author": "Author", "versions.note": "Note",
    "versions.export": "Export", "versions.current": "current", "versions.created": "the model the job was created with",
    "profile.title": "Candidate profile", "profile.screening": "Resume screening", "profile.noResume": "No resume.",
    "profile.screeningScore": "{score} / 100 · {lines} evidence lines · model v{v}", "profile.looked": "Looked for", "profile.points": "Points", "profile.why": "Why",
    "profile.ai": "AI interview", "profile.noInterview": "No AI interview yet.", "profile.reportPending": "Report being scored…",
    "profile.overall": "Overall {score} · AI suggestion: {suggestion} · model v{v}", "profile.indicators": "Indicators", "profile.indicator": "Indicator",
    "profile.value": "Value", "profile.target": "Target", "profile.note": "Note",
    "profile.sideBySide": "AI and interviewers side by side", "profile.competency": "Competency", "profile.aiScore": "AI", "profile.interviewerMean": "Interviewers' mean",
    "profile.gap": "Gap (interviewers − AI)", "profile.timeline": "Timeline", "profile.at": "At", "profile.from": "From", "profile.to": "To",
    "profile.by": "By", "profile.reason": "Reason", "profile.moveTo": "Move to stage", "profile.move": "Move",
    "evidence.title": "Evidence behind each answer (text and frames)", "evidence.source": "Text from", "evidence.source.typed": "typed answer",
    "evidence.source.transcript": "supplied transcript", "evidence.source.speech-to-text": "speech-to-text", "evidence.source.none": "content not analysed",
    "evidence.source.pending": "being analysed", "evidence.noTranscript": "No answer text (no consent to content analysis, or nothing to analyse).",
    "evidence.frameAlt": "Answer frame #{seq} ({why})", "evidence.pick.First": "first", "evidence.pick.Middle": "middle", "evidence.pick.Last": "last",
    "evidence.pick.NoFace": "no face seen", "evidence.pick.SeveralFaces": "several faces seen",
    "evidence.noFrames.role": "Your role may not view the candidate's images.", "evidence.noFrames.noFrames": "No frames were recorded for this answer.",
    "evidence.noFrames.noConsent": "No frames shown: the candidate gave no consent.", "evidence.noFrames.consentWithdrawn": "No frames shown: the candidate withdrew consent.",
    "evidence.noFrames.noFaceConsent": "No frames shown: the candidate did not consent to face analysis.",
    "evidence.noFrames.noKeepRecordingConsent": "No frames shown: the candidate did not consent to keeping the recording for human review.",
    "round.title": "Second round", "round.interviewers": "Interviewers", "round.assignedBy": "assigned by {by}", "round.interviewer": "Interviewer",
    "round.verdict": "Verdict", "round.ratings": "Ratings", "round.comment": "Comment", "round.submittedAt": "Handed in",
    "round.noScorecards": "No scorecard yet.", "round.notScheduled": "Not scheduled.", "round.assign": "Schedule the second round", "round.reassign": "Change the second round",
    "round.interviewersPlaceholder": "interviewers' user names, comma-separated", "round.scheduledAt": "Time", "round.assignButton": "Save",
    "round.scorecard": "Structured scorecard", "round.scale": "0–100 per competency, the AI's scale.", "round.onBehalfOf": "Interviewer",
    "round.aiSays": "AI {score}", "round.submit": "Hand in scorecard",
    "analytics.summary": "Candidates {candidates} · Time to hire: median {median}, P90 {p90} · Left after booking {left}",
    "analytics.funnel": "Funnel", "analytics.stage": "Stage", "analytics.rejected": "Rejected", "analytics.withdrawn": "Withdrawn",
    "analytics.stays": "Stays", "analytics.median": "Median",
    "analytics.ai": "AI pass rate {rate} ({passed}/{of}) · hire rate of AI-passed {hirePassed} · of AI-rejected {hireRejected}",
    "analytics.screeningScores": "Screening scores (n={n})", "analytics.interviewScores": "Interview scores (n={n})",
    "analytics.export": "Export {format}", "analytics.overall": "All jobs: candidates {candidates} · invited {invited} · interviewed {interviewed} · hired {hired}",
  },
};

let currentLanguage = MESSAGES[localStorage.getItem(LANGUAGE_KEY)] ? localStorage.getItem(LANGUAGE_KEY) : "zh-CN";
const languageListeners = [];

function language() { return currentLanguage; }

/** The message for `key` in the current language with {name} placeholders filled; the key itself if it is missing. */
function t(key, params = {}) {
  const text = MESSAGES[currentLanguage][key] ?? MESSAGES["zh-CN"][key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => name in params ? String(params[name]) : whole);
}

/** Picks the current language's side of a zh/en pair from the API, falling back to the other side. */
function localized(zh, en) { return currentLanguage === "en" ? en || zh : zh || en; }

const stageName = (stage) => t(`stage.${stage}`);
const recommendationName = (value) => t(`recommendation.${value}`);
const formatTime = (iso) => iso ? new Date(iso).toLocaleString(currentLanguage === "en" ? "en-GB" : "zh-CN", { dateStyle: "medium", timeStyle: "short" }) : "—";

function onLanguageChange(listener) { languageListeners.push(listener); }

/** Applies the current language to the static page: text, aria-labels, placeholders, the title and the switch. */
function translatePage() {
  document.documentElement.lang = currentLanguage;
  document.title = t("app.title");
  for (const e of document.querySelectorAll("[data-i18n]")) e.textContent = t(e.dataset.i18n);
  for (const e of document.querySelectorAll("[data-i18n-label]")) e.setAttribute("aria-label", t(e.dataset.i18nLabel));
  for (const e of document.querySelectorAll("[data-i18n-placeholder]")) e.placeholder = t(e.dataset.i18nPlaceholder);
  for (const e of document.querySelectorAll("#language [data-lang]")) e.setAttribute("aria-pressed", String(e.dataset.lang === currentLanguage));
}

function setLanguage(lang) {
  if (!MESSAGES[lang] || lang === currentLanguage) return;
  currentLanguage = lang;
  localStorage.setItem(LANGUAGE_KEY, lang);
  translatePage();
  for (const listener of languageListeners) listener(lang);
}

document.addEventListener("click", (event) => {
  const choice = event.target.closest("#language [data-lang]");
  if (choice) setLanguage(choice.dataset.lang);
});
