import type { Locale } from "../core/messages";

/** The command line's own words, per language; TypeScript fails if a language lacks one. */
const messages = {
  "zh-CN": {
    usage: `用法：plan-monitor <命令> [选项]

命令：
  extract 文件 [--json]   从规划文本中提取指标（表格行与正文目标，每处一条）
  plans [--json]          列出内置的规划指标目录
  template --plan 编号 -o 文件.xlsx [--force]
                          生成与加载项相同的填报模板（已有文件须加 --force 才覆盖，且只覆盖空白模板或本工具生成的汇总）
  check 文件.xlsx… [--json] [--year 年份]
                          检查填报后的工作簿：列出每处问题的单元格（如 指标监测!J6）和各指标评价；
                          无法读取的文件会注明原因，其余文件照常检查
  summary 工作簿... -o 汇总.xlsx|汇总.csv|汇总.html [--year 年份] [--force] [--quiet]
                          把各地区填报的工作簿汇总为一份合规汇总（地区 × 指标：最新值、完成进度、序时进度、
                          评价、审核说明、审核意见；.xlsx 附评价分布图，.html 可打印）；无法读取的文件逐个说明，
                          其余照常汇总。已有文件须加 --force 才覆盖；.xlsx 只覆盖本工具生成的汇总或空白模板

选项：
  --json                  输出 JSON（供其他工具读取）
  -o, --output 文件       要写入的文件（template、summary）
  --force                 覆盖已有文件（template、summary）
  --quiet                 不显示进度条和完成提示（错误照常显示）
  --year 年份             评价年份（check、summary），须在规划期内；默认为各文件已填报的最新年份
  --lang zh-CN|en-US      界面语言（默认按 LANG 环境变量，非英文即中文）
  --help                  显示本帮助
  --version               显示版本

退出码：0 成功；1 检查发现错误（需修改的填报值）；2 用法错误；
        3 有文件无法读取（不是规划文本或监测工作簿；check、summary 照常处理其余文件），或输出文件无法写入；
        70 内部错误（程序缺陷：请把命令和提示发给维护人员，设 PLAN_MONITOR_DEBUG=1 可显示详情）。`,
    unknownCommand: (command: string) => `未知命令“${command}”。运行 plan-monitor --help 查看可用命令。`,
    missingFile: "请给出规划文本文件，例如：plan-monitor extract 规划.txt --json",
    badOption: (detail: string) => `选项有误：${detail}。运行 plan-monitor --help 查看用法。`,
    badYear: (year: string) => `--year 须为四位年份，例如 --year 2018，而不是“${year}”。`,
    cannotRead: (file: string, reason: string) => `无法读取文件 ${file}：${reason}`,
    readErrors: { ENOENT: "文件不存在", EISDIR: "这是一个目录，不是文件", EACCES: "没有读取权限" },
    binary: (file: string) =>
      `${file} 不是纯文本文件（可能是 Word、PDF 或表格文件）。请先另存为 .txt（UTF-8 或 GB18030 编码）再提取。`,
    notAPlan: (file: string) =>
      `${file} 中没有找到规划指标：既没有带年份的指标表，也没有“到20XX年……达到……”这样的目标句。请确认这是规划正文。`,
    extractedHeader: ["行", "来源", "指标", "单位", "基期", "目标", "属性"],
    table: "表格",
    text: "正文",
    extractedSummary: (title: string | null, period: string | null, count: number, actuals: number) =>
      `${title ?? "（未识别标题）"}  规划期：${period ?? "未识别"}  指标 ${count} 处，历史数据 ${actuals} 条`,
    plansHeader: ["编号", "规划", "地区", "规划期", "指标数"],
  },
  "en-US": {
    usage: `Usage: plan-monitor <command> [options]

Commands:
  extract FILE [--json]   extract the indicators a plan text states (table rows and text targets, one per place)
  plans [--json]          list the built-in plan catalogs
  template --plan ID -o FILE.xlsx [--force]
                          write the add-in's template for a plan (an existing file is replaced only with
                          --force, and only an empty template or a summary plan-monitor wrote)
  check FILE.xlsx... [--json] [--year YEAR]
                          check filled workbooks: each finding at its cell (e.g. 指标监测!J6) and each
                          indicator's status; a file that cannot be read is named and the others are checked
  summary WORKBOOK... -o OUT.xlsx|OUT.csv|OUT.html [--year YEAR] [--force] [--quiet]
                          one compliance summary across districts' workbooks (district × indicator: latest
                          figure, completion, elapsed share, status, explanation, review; the .xlsx with a chart
                          of statuses, the .html printable); unreadable files are named and the rest summarised.
                          An existing file is replaced only with --force; an .xlsx only if it is a summary
                          plan-monitor wrote or an empty template

Options:
  --json                  print JSON for other tools
  -o, --output FILE       the file to write (template, summary)
  --force                 replace an existing file (template, summary)
  --quiet                 no progress bar or closing note (errors are always shown)
  --year YEAR             the year to assess at (check, summary), within the plan period; by default the
                          latest year each file has figures for
  --lang zh-CN|en-US      language of messages (default from LANG: English if it is English, else Chinese)
  --help                  show this help
  --version               show the version

Exit codes: 0 success; 1 check found errors (figures to correct); 2 usage error;
            3 a file cannot be read (not a plan text or monitoring workbook; check and summary go on with
            the others), or the output cannot be written;
            70 internal error (a bug: send the command and message to whoever maintains the tool;
            PLAN_MONITOR_DEBUG=1 shows the details).`,
    unknownCommand: (command: string) => `Unknown command "${command}". Run plan-monitor --help for the commands.`,
    missingFile: "Give the plan text file, e.g. plan-monitor extract plan.txt --json",
    badOption: (detail: string) => `Bad option: ${detail}. Run plan-monitor --help for usage.`,
    badYear: (year: string) => `--year takes a four-digit year, e.g. --year 2018, not "${year}".`,
    cannotRead: (file: string, reason: string) => `Cannot read ${file}: ${reason}`,
    readErrors: { ENOENT: "no such file", EISDIR: "it is a directory, not a file", EACCES: "permission denied" },
    binary: (file: string) =>
      `${file} is not plain text (perhaps a Word, PDF or spreadsheet file). Save it as .txt (UTF-8 or GB18030) first.`,
    notAPlan: (file: string) =>
      `No plan indicators found in ${file}: no indicator table with years and no target sentence such as ` +
      `"到20XX年……达到……". Check that this is the text of a plan.`,
    extractedHeader: ["Line", "Source", "Indicator", "Unit", "Baseline", "Target", "Attribute"],
    table: "table",
    text: "text",
    extractedSummary: (title: string | null, period: string | null, count: number, actuals: number) =>
      `${title ?? "(title not recognised)"}  period: ${period ?? "not recognised"}  ` +
      `${count} indicator statements, ${actuals} past figures`,
    plansHeader: ["Id", "Plan", "Region", "Period", "Indicators"],
  },
} as const;

export type CliMessages = (typeof messages)[Locale];

export function cliMessages(locale: Locale): CliMessages {
  return messages[locale];
}
