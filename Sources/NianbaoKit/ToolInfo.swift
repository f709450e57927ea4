/// The tool's name and version, recorded in every report.
public enum ToolInfo {
    public static let name = "nianbao"
    public static let version = "0.1.0"
    /// Version of the report JSON layout (Docs/report-json.md, Docs/report.schema.json).
    public static let schemaVersion = "1.6"
}
