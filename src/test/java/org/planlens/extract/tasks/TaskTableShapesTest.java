package org.planlens.extract.tasks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.planlens.extract.PlanExtractor;
import org.planlens.fixtures.OfficeConverter;
import org.planlens.model.Agency;
import org.planlens.model.Plan;
import org.planlens.model.Role;
import org.planlens.model.SourceInfo;
import org.planlens.model.Task;
import org.planlens.model.TextEncoding;
import org.planlens.rules.ModelData;
import org.planlens.text.DocumentTextReader;
import org.planlens.text.ExtractedText;
import org.planlens.text.TextReadOptions;
import org.planlens.text.ocr.OcrOptions;

/**
 * Task tables in the shapes real plans print them, each written as a real file of every format an archive holds, read
 * by the real readers and extracted: every format gives the same task rows.
 */
class TaskTableShapesTest {
    private static final DocumentTextReader READER =
            new DocumentTextReader(TextReadOptions.DEFAULT, OcrOptions.DEFAULT);
    private static final PlanExtractor EXTRACTOR = new PlanExtractor(ModelData.packaged());
    /**
     * The formats whose readers keep these shapes' rows and columns. Not yet here: ODT (a cell merged down, a two-row
     * header), RTF (Tika's RTF reader gives no table rows) and text PDF (a group row merged across the table ends the
     * rebuilt table); see issue 18.
     */
    private static final List<String> FORMATS = List.of("docx", "doc", "html", "md");

    private static final Map<String, Path> DOCX = new HashMap<>();

    @TempDir
    static Path dir;

    static final List<String> BEFORE = List.of(
            "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP",
            "KẾ HOẠCH",
            "Triển khai chuyển đổi số và cải cách hành chính năm 2025",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan nhà nước trên địa bàn tỉnh.",
            "PHỤ LỤC",
            "DANH MỤC NHIỆM VỤ TRIỂN KHAI NĂM 2025");
    static final List<String> AFTER =
            List.of("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan báo cáo về Sở Nội vụ.");

    private static final String[] HEADER = {
        "STT", "Nội dung nhiệm vụ", "Sản phẩm", "Thời gian hoàn thành", "Cơ quan chủ trì", "Cơ quan phối hợp"
    };

    /** Task wording from the dev set's real plans: task, output, time, lead, coordinating bodies. */
    private static final String[][] TASKS = {
        {
            "Rà soát các văn bản quy phạm pháp luật liên quan đến đầu tư xây dựng"
                    + " để cập nhật nội dung về chuyển đổi số",
            "Văn bản được sửa đổi, bổ sung",
            "Năm 2026",
            "Sở Xây dựng",
            "Các sở, ban, ngành tỉnh"
        },
        {
            "Triển khai nền tảng đào tạo trực tuyến mở đại trà cho người dân, doanh nghiệp",
            "Báo cáo kết quả",
            "Thường xuyên",
            "Sở Khoa học và Công nghệ",
            "UBND các xã, phường"
        },
        {
            "Triển khai đánh giá mức độ chuyển đổi số trong các doanh nghiệp trên địa bàn tỉnh",
            "Báo cáo đánh giá",
            "Quý IV/2025",
            "Sở Công Thương",
            "Sở Tài chính"
        },
        {
            "Khảo sát, đánh giá thực trạng hạ tầng viễn thông trong các khu công nghiệp",
            "Báo cáo khảo sát",
            "Quý II/2026",
            "Ban Quản lý các khu công nghiệp",
            "Sở Khoa học và Công nghệ"
        },
        {
            "Rà soát, công khai thủ tục hành chính trên Cổng dịch vụ công của tỉnh",
            "Danh mục thủ tục",
            "Quý III/2026",
            "Văn phòng UBND tỉnh",
            "Sở Tư pháp"
        },
    };

    /** A table shape: its grid, header rows, and the tasks expected ("path | task | leads | partners"). */
    record Shape(String name, List<String[]> grid, int headerRows, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static String[] row(String number, int task) {
        String[] t = TASKS[task];
        return new String[] {number, t[0], t[1], t[2], t[3], t[4]};
    }

    private static String[] group(String title, int columns) {
        String[] g = new String[columns];
        java.util.Arrays.fill(g, GridTableFiles.LEFT);
        g[0] = title;
        return g;
    }

    private static String task(String path, int task) {
        return path + " | " + TASKS[task][0] + " | " + TASKS[task][3] + " | " + TASKS[task][4];
    }

    static List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape(
                "a-merged-groups",
                List.of(
                        HEADER,
                        group("I. CẢI CÁCH THỂ CHẾ", 6),
                        row("1", 0),
                        row("2", 1),
                        group("II. Nhóm nhiệm vụ về chuyển đổi số", 6),
                        row("1", 2),
                        row("2", 3)),
                1,
                List.of(task("I.1", 0), task("I.2", 1), task("II.1", 2), task("II.2", 3))));
        shapes.add(new Shape(
                "b-numbered-through",
                List.of(
                        HEADER,
                        group("I. CẢI CÁCH THỂ CHẾ", 6),
                        row("1", 0),
                        row("2", 1),
                        group("II. Nhóm nhiệm vụ về chuyển đổi số", 6),
                        row("3", 2),
                        row("4", 3)),
                1,
                List.of(task("I.1", 0), task("I.2", 1), task("II.3", 2), task("II.4", 3))));
        String u = GridTableFiles.UP;
        shapes.add(new Shape(
                "c-two-rows-one-number",
                List.of(
                        HEADER,
                        group("I. CHUYỂN ĐỔI SỐ", 6),
                        row("1", 0),
                        row("2", 1),
                        new String[] {u, u, u, u, "Sở Công Thương", "Sở Tài chính"},
                        row("3", 4)),
                1,
                List.of(
                        task("I.1", 0),
                        "I.2 | " + TASKS[1][0] + " | Sở Khoa học và Công nghệ; Sở Công Thương"
                                + " | UBND các xã, phường; Sở Tài chính",
                        task("I.3", 4))));
        String[] shared2 = row("2", 2);
        shared2[4] = u;
        String[] shared3 = row("3", 3);
        shared3[4] = u;
        shapes.add(new Shape(
                "d-lead-merged-down",
                List.of(HEADER, row("1", 1), shared2, shared3),
                1,
                List.of(
                        task("1", 1),
                        "2 | " + TASKS[2][0] + " | " + TASKS[1][3] + " | " + TASKS[2][4],
                        "3 | " + TASKS[3][0] + " | " + TASKS[1][3] + " | " + TASKS[3][4])));
        List<String[]> noOutput = new ArrayList<>();
        noOutput.add(new String[] {"STT", "Nhiệm vụ", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp"});
        noOutput.add(group("I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", 5));
        for (int t : new int[] {4, 0}) {
            String[] full = row(Integer.toString(noOutput.size() - 1), t);
            noOutput.add(new String[] {full[0], full[1], full[3], full[4], full[5]});
        }
        shapes.add(new Shape("e-no-output-column", noOutput, 1, List.of(task("I.1", 4), task("I.2", 0))));
        String l = GridTableFiles.LEFT;
        List<String[]> twoHeaders = new ArrayList<>();
        twoHeaders.add(new String[] {"STT", "Nội dung nhiệm vụ", "Cơ quan thực hiện", l, "Thời gian", l});
        twoHeaders.add(new String[] {u, u, "Chủ trì", "Phối hợp", "Bắt đầu", "Hoàn thành"});
        for (int t : new int[] {0, 4}) {
            String[] full = row(Integer.toString(twoHeaders.size() - 1), t);
            twoHeaders.add(new String[] {full[0], full[1], full[4], full[5], "Năm 2025", full[3]});
        }
        shapes.add(new Shape("f-two-header-rows", twoHeaders, 2, List.of(task("1", 0), task("2", 4))));
        shapes.add(new Shape(
                "g-indicator-table",
                List.of(
                        new String[] {"STT", "Chỉ tiêu", "Chỉ tiêu năm 2025", "Cơ quan chủ trì"},
                        new String[] {
                            "1", "Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "Đạt 80%", "Văn phòng UBND tỉnh"
                        },
                        new String[] {"2", "Tỷ lệ doanh nghiệp sử dụng hóa đơn điện tử", "100%", "Sở Tài chính"}),
                1,
                List.of()));
        List<String[]> long_ = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        long_.add(HEADER);
        for (int n = 1; n <= 36; n++) {
            long_.add(row(Integer.toString(n), n % TASKS.length));
            expected.add(task(Integer.toString(n), n % TASKS.length));
        }
        shapes.add(new Shape("h-header-on-each-page", long_, 1, expected));
        return shapes;
    }

    static Stream<Arguments> cases() {
        return shapes().stream().flatMap(s -> FORMATS.stream().map(f -> Arguments.of(s, f)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void everyFormatGivesTheTableRows(Shape shape, String format) throws Exception {
        Plan plan = extract(file(shape, format));
        List<String> got =
                plan.tasks().stream().map(TaskTableShapesTest::printed).toList();
        assertEquals(shape.expected(), got);
        if (shape.name().startsWith("g-")) {
            for (String body : List.of("Văn phòng UBND tỉnh", "Sở Tài chính")) {
                assertTrue(
                        plan.agencies().stream()
                                .anyMatch(
                                        a -> a.name().equals(body) && a.roles().contains(Role.LEAD)),
                        body + " in "
                                + plan.agencies().stream().map(Agency::name).toList());
            }
        }
    }

    private static String printed(Task t) {
        return t.path() + " | " + t.description() + " | " + String.join("; ", t.lead()) + " | "
                + String.join("; ", t.coordinate());
    }

    private static Path file(Shape shape, String format) throws Exception {
        GridTableFiles files = new GridTableFiles(BEFORE, shape.grid(), shape.headerRows(), AFTER);
        Path file = dir.resolve(shape.name() + "." + format);
        switch (format) {
            case "docx" -> files.docx(file);
            case "html" -> files.html(file);
            case "md" -> files.markdown(file);
            case "pdf" -> files.pdf(file);
            default -> {
                Assumptions.assumeTrue(
                        OfficeConverter.available(), "LibreOffice (soffice) is installed by ./planlens test");
                Path docx = DOCX.get(shape.name());
                if (docx == null) {
                    docx = dir.resolve(shape.name() + ".docx");
                    files.docx(docx);
                    DOCX.put(shape.name(), docx);
                }
                Path sub = Files.createDirectories(dir.resolve(format));
                file = OfficeConverter.convert(docx, sub, format);
            }
        }
        return file;
    }

    private static Plan extract(Path file) throws Exception {
        ExtractedText text =
                READER.read(file, file.toString(), file.getFileName().toString());
        SourceInfo source = new SourceInfo(
                file.getFileName().toString(),
                "0".repeat(64),
                text.format(),
                text.pages(),
                text.ocr(),
                text.encoding() == null ? TextEncoding.UNICODE : text.encoding(),
                text.text().length());
        return EXTRACTOR.extract("plan", source, text.text(), List.of());
    }
}
