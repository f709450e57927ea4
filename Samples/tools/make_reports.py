#!/usr/bin/env python3
"""Generate synthetic annual reports (政府信息公开工作年度报告) with known truth.

Each sample is rendered from HTML by LibreOffice (the "HTML (StarWriter)" filter, which honours
page headers, footers and page-number fields), then extracted the way users' tools do it:
pdftotext -layout, pdftotext (default reading order), pdfplumber (text outside tables, then tables
as tab-separated rows), PyMuPDF get_text(). truth.json holds every template cell.

usage: make_reports.py OUTDIR [NAME...]      (needs soffice, pdftotext, pdfplumber, fitz)
The samples are deterministic (seeded); rerun after changing this file and commit the outputs.
"""
import html, json, os, random, shutil, subprocess, sys, tempfile

APPLICANTS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"]
REQ_ROWS_2021 = [
    ("denied.state_secret", "1.属于国家秘密"), ("denied.prohibited_by_law", "2.其他法律行政法规禁止公开"),
    ("denied.security_stability", "3.危及“三安全一稳定”"), ("denied.third_party_rights", "4.保护第三方合法权益"),
    ("denied.internal_affairs", "5.属于三类内部事务信息"), ("denied.process_information", "6.属于四类过程性信息"),
    ("denied.enforcement_files", "7.属于行政执法案卷"), ("denied.query_matters", "8.属于行政查询事项"),
    ("unavailable.not_held", "1.本机关不掌握相关政府信息"), ("unavailable.needs_creation", "2.没有现成信息需要另行制作"),
    ("unavailable.unclear_after_correction", "3.补正后申请内容仍不明确"),
    ("not_processed.petition_complaint", "1.信访举报投诉类申请"), ("not_processed.repeated", "2.重复申请"),
    ("not_processed.publications", "3.要求提供公开出版物"), ("not_processed.excessive", "4.无正当理由大量反复申请"),
    ("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息"),
]
OTHER_SPLIT = [
    ("other.no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other.fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other.other", "3.其他"),
]
GROUPS = {"denied": "（三）不予公开", "unavailable": "（四）无法提供", "not_processed": "（五）不予处理", "other": "（六）其他处理"}
REVIEW_GROUPS = ["review", "litigation_direct", "litigation_after_review"]
REVIEW_COLS = ["upheld", "corrected", "other", "pending", "total"]

SAMPLES = {
    # name: options
    "t2021-narrow-wqy": dict(template="2021", font="WenQuanYi Zen Hei", size=12, narrow=True, seed=1,
                             agency="临安区青山湖街道办事处", year=2023, long_intro=True, footer="dash",
                             blanks=True, note=True),
    "t2019-ukai": dict(template="2019", font="AR PL UKai CN", size=11, narrow=False, seed=2,
                       agency="铜陵市郊区财政局", year=2020, long_intro=False, footer="page-of", header=True),
    "t2021-mixed-serif": dict(template="2021", font="Noto Serif CJK SC", size=12, narrow=False, seed=3,
                              agency="宁南县自然资源局", year=2022, long_intro=True, footer="dash",
                              other_single=True, normative_label="规范性文件", misprint=True, inconsistent=True),
    "t2021-large-font": dict(template="2021", font="Noto Serif CJK SC", size=14, narrow=False, seed=5,
                             agency="江门市蓬江区人力资源和社会保障局", year=2023, long_intro=True, footer="dash",
                             extra_paragraphs=14, header=True),
    "t2021-five-pages": dict(template="2021", font="Noto Serif CJK SC", size=12, narrow=False, seed=6,
                             agency="佛山市顺德区市场监督管理局", year=2024, long_intro=True, footer="dash",
                             extra_paragraphs=8),
    "t2021-chromium-web": dict(template="2021", font="Noto Sans CJK SC", size=12, narrow=False, seed=7,
                               agency="杭州市西湖区文化广电旅游体育局", year=2023, long_intro=False, footer="none",
                               printer="chromium", blanks=True),
    "t2019-chromium-web": dict(template="2019", font="WenQuanYi Zen Hei", size=13, narrow=True, seed=8,
                               agency="南昌市青山湖区民政局", year=2019, long_intro=True, footer="none",
                               printer="chromium"),
    "t2021-sans-wide": dict(template="2021", font="Noto Sans CJK SC", size=10.5, narrow=False, seed=4,
                            agency="广州市黄埔区人民政府办公室", year=2024, long_intro=False, footer="none",
                            review_break=True, decimals=True),
}


def small(rng, zero=0.55, hi=12):
    return 0 if rng.random() < zero else rng.randint(1, hi)


def make_truth(opts):
    rng = random.Random(opts["seed"])
    paths = {}
    t = opts["template"]
    # Section 二.
    if t == "2021":
        for row in ["regulations", "normative_documents"]:
            for col in ["issued", "repealed", "in_force"]:
                paths[f"active_disclosure.{row}.{col}"] = rng.randint(0, 60)
        for row in ["licensing", "penalties", "coercive_measures"]:
            paths[f"active_disclosure.{row}.decisions"] = rng.randint(0, 400)
        paths["active_disclosure.fees.amount"] = round(rng.uniform(0, 90), 2) if opts.get("decimals") else rng.randint(0, 50)
    else:
        for row in ["regulations", "normative_documents"]:
            for col in ["made", "published", "total_public"]:
                paths[f"active_disclosure.{row}.{col}"] = rng.randint(0, 40)
        for row in ["licensing", "other_services", "penalties", "coercive_measures"]:
            paths[f"active_disclosure.{row}.previous_items"] = rng.randint(0, 300)
            paths[f"active_disclosure.{row}.change"] = rng.randint(-20, 20)
            paths[f"active_disclosure.{row}.decisions"] = rng.randint(0, 900)
        paths["active_disclosure.fees.previous_items"] = rng.randint(0, 30)
        paths["active_disclosure.fees.change"] = rng.randint(-5, 5)
        paths["active_disclosure.procurement.projects"] = rng.randint(0, 50)
        paths["active_disclosure.procurement.amount"] = round(rng.uniform(10, 9000), 2)
    # Section 三.
    other_rows = [("other", "（六）其他处理")] if (t == "2019" or opts.get("other_single")) else OTHER_SPLIT
    result_rows = [("granted", "（一）予以公开"), ("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）")] \
        + REQ_ROWS_2021 + other_rows
    for c in APPLICANTS:
        total = 0
        for key, _ in result_rows:
            v = small(rng, 0.7 if c in ("research", "legal_service") else 0.5, 15)
            paths[f"requests.{key}.{c}"] = v
            total += v
        paths[f"requests.total.{c}"] = total
        fwd = small(rng, 0.5, 6)
        paths[f"requests.carried_forward.{c}"] = fwd
        carried = rng.randint(0, min(5, total + fwd))
        paths[f"requests.carried_over.{c}"] = carried
        paths[f"requests.new_received.{c}"] = total + fwd - carried
    for key in [k for k, _ in result_rows] + ["new_received", "carried_over", "total", "carried_forward"]:
        paths[f"requests.{key}.total"] = sum(paths[f"requests.{key}.{c}"] for c in APPLICANTS)
    if opts.get("inconsistent"):
        # A source error: the printed total of one column disagrees with its rows. Kept as printed.
        paths["requests.total.commercial"] += 1
    # Section 四.
    for g in REVIEW_GROUPS:
        vals = [small(rng, 0.5, 5) for _ in range(4)]
        for col, v in zip(REVIEW_COLS, vals + [sum(vals)]):
            paths[f"review_litigation.{g}.{col}"] = v
    return paths, result_rows


TABLE = '<table border="1" cellspacing="0" cellpadding="3">'


def fmt(v):
    return str(v)


def td(text, rowspan=1, colspan=1, cls=""):
    a = (f' rowspan="{rowspan}"' if rowspan > 1 else "") + (f' colspan="{colspan}"' if colspan > 1 else "")
    a += f' class="{cls}"' if cls else ""
    return f"<td{a}>{html.escape(str(text))}</td>"


def render_html(name, opts, paths, result_rows):
    t, agency, year = opts["template"], opts["agency"], opts["year"]
    rng = random.Random(opts["seed"] + 100)
    blank_paths = set()
    if opts.get("blanks"):
        blank_paths = {"active_disclosure.fees.amount"}
    note_cells = {}
    if opts.get("note"):
        note_cells["active_disclosure.regulations.in_force"] = f"{paths['active_disclosure.regulations.in_force']}（其中修订2件）"

    def cell(path):
        if path in blank_paths:
            return td("—")
        if path in note_cells:
            return td(note_cells[path])
        v = paths[path]
        if path == "active_disclosure.procurement.amount":
            return td(f"{v:.2f}万元")
        return td(fmt(v))

    width = "narrow" if opts.get("narrow") else "wide"
    css = f"""
    @page {{ size: 21cm 29.7cm; margin: 2.2cm 2.4cm }}
    body {{ font-family: "{opts['font']}"; font-size: {opts['size']}pt; line-height: 1.5 }}
    h1 {{ font-size: 18pt; text-align: center; font-family: "{opts['font']}" }}
    h2 {{ font-size: {opts['size'] + 2}pt; font-family: "{opts['font']}" }}
    p {{ text-indent: 2em; text-align: justify }}
    table {{ width: {'70%' if width == 'narrow' else '100%'} }}
    td {{ font-size: {opts['size'] - 1.5}pt; text-align: center }}
    """
    out = [f'<html><head><meta charset="utf-8"><style>{css}</style></head><body>']
    if opts.get("header"):
        out.append(f'<div title="header"><p style="text-align:center">{agency}{year}年政府信息公开工作年度报告</p></div>')
    title = f"{agency}{year}年政府信息公开工作年度报告"
    out.append(f"<h1>{title}</h1>")
    phone = f"0{rng.randint(100, 999)}-{rng.randint(1000000, 9999999)}"
    post = f"{rng.randint(100000, 899999)}"
    out.append(f"<p>本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和国务院办公厅政府信息与政务公开办公室有关要求编制。"
               f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在“{agency}”门户网站"
               f"（http://www.example{opts['seed']}.gov.cn/xxgk/）查阅或下载。如对本报告有疑问，请与{agency}联系"
               f"（联系地址：{agency[:3]}人民路{rng.randint(1, 300)}号，邮编：{post}，联系电话：{phone}，电子邮箱：xxgk{opts['seed']}@example.gov.cn）。</p>")
    out.append("<h2>一、总体情况</h2>")
    paras = [
        f"{year}年，{agency}坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实党中央、国务院关于全面推进政务公开工作的决策部署，"
        "紧紧围绕中心工作，不断深化政务公开，持续提升政府信息公开质量和实效，切实保障人民群众的知情权、参与权、表达权和监督权。",
        f"（一）主动公开。全年通过门户网站主动公开政府信息{rng.randint(100, 900)}条，其中政策文件{rng.randint(1, 60)}件，"
        "及时公开财政预决算、重大建设项目、公共资源配置等重点领域信息，政策解读与文件同步起草、同步审签、同步发布。",
        f"（二）依申请公开。严格按照《条例》规定办理政府信息公开申请，全年共收到申请{paths['requests.new_received.total']}件，"
        "均在法定期限内答复，进一步规范受理、登记、审核、答复各环节，确保依申请公开工作规范有序。",
        "（三）政府信息管理。严格落实公开前保密审查机制，动态更新政府信息公开指南和目录，对已公开的规范性文件进行清理并及时标注效力。",
        "（四）平台建设。优化政府网站信息公开专栏设置，加强政务新媒体管理，提升网站检索、解读回应和互动交流功能。",
        "（五）监督保障。将政务公开工作纳入年度绩效考核，开展业务培训，加强工作督查，推动政务公开工作落实落细。",
    ]
    if opts.get("long_intro"):
        paras += [p.replace("（", "（补充").replace("）", "）") for p in paras[1:]]
    for k in range(opts.get("extra_paragraphs", 0)):
        paras.append(f"（{k + 6}）专项工作{k + 1}。围绕重点领域信息公开，持续推进决策、执行、管理、服务、结果公开，"
                     "加强政策解读和回应关切，通过新闻发布会、政策吹风会、在线访谈等形式解读重要政策，"
                     "及时回应公众关切，提升政务公开的针对性和实效性，切实保障人民群众的知情权、参与权和监督权。")
    out += [f"<p>{html.escape(p)}</p>" for p in paras]

    # Section 二.
    out.append("<h2>二、主动公开政府信息情况</h2>")
    out.append(TABLE)
    if t == "2021":
        out.append("<tr>" + td("第二十条第（一）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + td("本年制发件数") + td("本年废止件数") + td("现行有效件数") + "</tr>")
        for row, label in [("regulations", "规章"), ("normative_documents", opts.get("normative_label", "行政规范性文件"))]:
            out.append("<tr>" + td(label) + "".join(cell(f"active_disclosure.{row}.{c}") for c in ["issued", "repealed", "in_force"]) + "</tr>")
        for item, rows in [("（五）", [("licensing", "行政许可")]), ("（六）", [("penalties", "行政处罚"), ("coercive_measures", "行政强制")])]:
            out.append("<tr>" + td(f"第二十条第{item}项", colspan=4) + "</tr>")
            out.append("<tr>" + td("信息内容") + td("本年处理决定数量", colspan=3) + "</tr>")
            for row, label in rows:
                out.append("<tr>" + td(label) + cell(f"active_disclosure.{row}.decisions").replace("<td", '<td colspan="3"', 1) + "</tr>")
        out.append("<tr>" + td("第二十条第（八）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + td("本年收费金额（单位：万元）", colspan=3) + "</tr>")
        out.append("<tr>" + td("行政事业性收费") + cell("active_disclosure.fees.amount").replace("<td", '<td colspan="3"', 1) + "</tr>")
    else:
        out.append("<tr>" + td("第二十条第（一）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + td("本年新制作数量") + td("本年新公开数量") + td("对外公开总数量") + "</tr>")
        for row, label in [("regulations", "规章"), ("normative_documents", "规范性文件")]:
            out.append("<tr>" + td(label) + "".join(cell(f"active_disclosure.{row}.{c}") for c in ["made", "published", "total_public"]) + "</tr>")
        for item, rows in [("（五）", [("licensing", "行政许可"), ("other_services", "其他对外管理服务事项")]),
                           ("（六）", [("penalties", "行政处罚"), ("coercive_measures", "行政强制")])]:
            out.append("<tr>" + td(f"第二十条第{item}项", colspan=4) + "</tr>")
            out.append("<tr>" + td("信息内容") + td("上一年项目数量") + td("本年增/减") + td("处理决定数量") + "</tr>")
            for row, label in rows:
                out.append("<tr>" + td(label) + "".join(cell(f"active_disclosure.{row}.{c}") for c in ["previous_items", "change", "decisions"]) + "</tr>")
        out.append("<tr>" + td("第二十条第（八）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + td("上一年项目数量") + td("本年增/减", colspan=2) + "</tr>")
        out.append("<tr>" + td("行政事业性收费") + cell("active_disclosure.fees.previous_items") + cell("active_disclosure.fees.change").replace("<td", '<td colspan="2"', 1) + "</tr>")
        out.append("<tr>" + td("第二十条第（九）项", colspan=4) + "</tr>")
        out.append("<tr>" + td("信息内容") + td("采购项目数量") + td("采购总金额", colspan=2) + "</tr>")
        out.append("<tr>" + td("政府集中采购") + cell("active_disclosure.procurement.projects") + cell("active_disclosure.procurement.amount").replace("<td", '<td colspan="2"', 1) + "</tr>")
    out.append("</table>")

    # Section 三.
    out.append("<h2>三、收到和处理政府信息公开申请情况</h2>")
    out.append(TABLE)
    out.append("<tr>" + td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", rowspan=3, colspan=3) + td("申请人情况", colspan=7) + "</tr>")
    out.append("<tr>" + td("自然人", rowspan=2) + td("法人或其他组织", colspan=5) + td("总计", rowspan=2) + "</tr>")
    out.append("<tr>" + td("商业企业") + td("科研机构") + td("社会公益组织") + td("法律服务机构") + td("其他") + "</tr>")

    def vals(key):
        return "".join(cell(f"requests.{key}.{c}") for c in APPLICANTS + ["total"])

    out.append("<tr>" + td("一、本年新收政府信息公开申请数量", colspan=3) + vals("new_received") + "</tr>")
    out.append("<tr>" + td("二、上年结转政府信息公开申请数量", colspan=3) + vals("carried_over") + "</tr>")
    n_result = len(result_rows) + 1
    first = True
    groups_seen = set()
    for key, label in result_rows:
        row = "<tr>"
        if first:
            row += td("三、本年度办理结果", rowspan=n_result)
            first = False
        group = key.split(".")[0] if "." in key else None
        if opts.get("misprint") and key == "denied.prohibited_by_law":
            label = "2.其他法律行政止公开"
        if group:
            if group not in groups_seen:
                groups_seen.add(group)
                size = sum(1 for k, _ in result_rows if k.startswith(group + "."))
                row += td(GROUPS[group], rowspan=size)
            row += td(label)
        else:
            row += td(label, colspan=2)
        out.append(row + vals(key) + "</tr>")
    out.append("<tr>" + td("（七）总计", colspan=2) + vals("total") + "</tr>")
    out.append("<tr>" + td("四、结转下年度继续办理", colspan=3) + vals("carried_forward") + "</tr>")
    out.append("</table>")

    # Section 四.
    brk = ' style="page-break-before: always"' if opts.get("review_break") else ""
    out.append(f"<h2{brk}>四、政府信息公开行政复议、行政诉讼情况</h2>")
    out.append(TABLE)
    out.append("<tr>" + td("行政复议", colspan=5) + td("行政诉讼", colspan=10) + "</tr>")
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    out.append("<tr>" + "".join(td(h, rowspan=2) for h in heads) + td("未经复议直接起诉", colspan=5) + td("复议后起诉", colspan=5) + "</tr>")
    out.append("<tr>" + "".join(td(h) for h in heads * 2) + "</tr>")
    out.append("<tr>" + "".join(cell(f"review_litigation.{g}.{c}") for g in REVIEW_GROUPS for c in REVIEW_COLS) + "</tr>")
    out.append("</table>")

    out.append("<h2>五、存在的主要问题及改进情况</h2>")
    out.append(f"<p>{year}年，我单位政府信息公开工作取得了一定成效，但也存在一些不足：一是公开内容的深度和广度有待拓展；二是政策解读形式较为单一。"
               f"{year + 1}年，我们将进一步加强学习培训，完善公开制度，丰富解读形式，及时回应社会关切。</p>")
    out.append("<h2>六、其他需要报告的事项</h2>")
    out.append("<p>本年度未收取信息处理费。无其他需要报告的事项。</p>")
    if opts.get("footer") == "dash":
        out.append('<div title="footer"><p style="text-align:center">- <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>')
    elif opts.get("footer") == "page-of":
        out.append('<div title="footer"><p style="text-align:center">第 <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> 页</p></div>')
    out.append("</body></html>")
    truth_title = title
    return "\n".join(out), truth_title, blank_paths


def extract_all(pdf, outdir):
    subprocess.run(["pdftotext", "-layout", pdf, os.path.join(outdir, "pdftotext-layout.txt")], check=True)
    subprocess.run(["pdftotext", pdf, os.path.join(outdir, "pdftotext-raw.txt")], check=True)
    import pdfplumber
    with pdfplumber.open(pdf) as doc:
        parts = []
        for page in doc.pages:
            tables = page.find_tables()
            outside = page
            for t in tables:
                outside = outside.outside_bbox(t.bbox)
            parts.append(outside.extract_text() or "")
            for t in tables:
                for row in t.extract():
                    parts.append("\t".join("" if c is None else c.replace("\n", "") for c in row))
        open(os.path.join(outdir, "plumber.txt"), "w").write("\n".join(parts) + "\n")
    import fitz
    with fitz.open(pdf) as doc:
        open(os.path.join(outdir, "pymupdf.txt"), "w").write("".join(page.get_text() for page in doc))


def main():
    outroot = sys.argv[1]
    names = sys.argv[2:] or list(SAMPLES)
    for name in names:
        opts = SAMPLES[name]
        paths, result_rows = make_truth(opts)
        page_html, title, blank_paths = render_html(name, opts, paths, result_rows)
        outdir = os.path.join(outroot, name)
        os.makedirs(outdir, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "report.html")
            if opts.get("printer") == "chromium":
                # A web page as a browser prints it: CSS borders, no page furniture.
                page_html = page_html.replace('<table border="1" cellspacing="0" cellpadding="3">',
                                              '<table style="border-collapse:collapse">')
                page_html = page_html.replace("</style>", "td { border: 1px solid #333; padding: 2px 4px }</style>")
                open(src, "w").write(page_html)
                subprocess.run(["chromium", "--headless", "--disable-gpu", "--no-sandbox", "--no-pdf-header-footer",
                                f"--print-to-pdf={os.path.join(outdir, 'report.pdf')}", src], check=True, capture_output=True)
            else:
                open(src, "w").write(page_html)
                subprocess.run(["soffice", "--headless", "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                                "--outdir", tmp, src], check=True, capture_output=True)
                shutil.copy(os.path.join(tmp, "report.pdf"), os.path.join(outdir, "report.pdf"))
        extract_all(os.path.join(outdir, "report.pdf"), outdir)
        truth_paths = {p: (None if p in blank_paths else v) for p, v in paths.items()}
        truth = {"meta": {"agency": opts["agency"], "year": opts["year"], "template": opts["template"], "title": title},
                 "paths": truth_paths}
        json.dump(truth, open(os.path.join(outdir, "truth.json"), "w"), ensure_ascii=False, indent=1)
        print("wrote", outdir)


if __name__ == "__main__":
    main()
