using System.Text;
using PartyAtlas.Core.Import;

namespace PartyAtlas.UnitTests.Csv;

/// <summary>The importer's CSV rules, on small in-memory files.</summary>
public sealed class CsvTableTests
{
    private static readonly string[] Header = ["id", "name", "note"];

    private static CsvTable Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    private static CsvTable Read(byte[] bytes) => CsvTable.Parse("t.csv", bytes, Header, new ProblemList());

    private static ImportProblem Only(CsvTable table) => Assert.Single(table.Problems.All);

    [Fact]
    public void A_file_with_the_expected_header_yields_its_rows_with_their_line_numbers()
    {
        var table = Read("id,name,note\n1,Nepal,\n2,Chile,x\n");
        Assert.False(table.Problems.Any);
        Assert.Equal([2L, 3L], table.Rows.Select(r => r.Line));
        Assert.Equal("Chile", table.Rows[1].Required("name"));
        Assert.Null(table.Rows[0].Optional("note"));
    }

    [Fact]
    public void A_wrong_header_is_reported_on_line_1_and_no_row_is_read()
    {
        var table = Read("id,nom,note\n1,Nepal,\n");
        var problem = Only(table);
        Assert.Equal(("t.csv", 1L, (string?)null), (problem.File, problem.Line, problem.Column));
        Assert.Equal("wrong header 'id,nom,note'; expected 'id,name,note'", problem.Message);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Reordered_columns_are_a_wrong_header() =>
        Assert.StartsWith("wrong header", Only(Read("name,id,note\n")).Message, StringComparison.Ordinal);

    [Fact]
    public void An_empty_file_is_reported_as_missing_its_header() =>
        Assert.Equal("empty file; expected the header 'id,name,note'", Only(Read("")).Message);

    [Fact]
    public void A_byte_order_mark_before_the_header_is_allowed() =>
        Assert.Single(Read("\uFEFFid,name,note\n1,a,b\n").Rows);

    [Fact]
    public void Crlf_line_ends_are_allowed_and_blank_lines_skipped()
    {
        var table = Read("id,name,note\r\n1,a,b\r\n\r\n2,c,d\r\n");
        Assert.False(table.Problems.Any);
        Assert.Equal([2L, 4L], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("=SUM(A1)", "cell starts with '=', which spreadsheets run as a formula")]
    [InlineData("+1 555 0100", "cell starts with '+', which spreadsheets run as a formula")]
    [InlineData("-x", "cell starts with '-', which spreadsheets run as a formula")]
    [InlineData("@cmd", "cell starts with '@', which spreadsheets run as a formula")]
    [InlineData("  =1+1", "cell starts with '=', which spreadsheets run as a formula")]
    [InlineData("\"\tx\"", "cell starts with '\\t', which spreadsheets run as a formula")]
    public void A_cell_a_spreadsheet_would_run_as_a_formula_is_refused_with_its_line_and_column(string cell, string message)
    {
        var problem = Only(Read($"id,name,note\n1,ok,\n2,{cell},\n"));
        Assert.Equal((3L, "name"), (problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
    }

    [Theory]
    [InlineData("-12.5")]
    [InlineData("+3")]
    [InlineData("-1e3")]
    public void A_signed_number_is_not_a_formula(string cell) => Assert.False(Read($"id,name,note\n1,{cell},\n").Problems.Any);

    [Fact]
    public void A_control_character_in_a_cell_is_refused()
    {
        var problem = Only(Read("id,name,note\n1,bad\u0001name,\n"));
        Assert.Equal((2L, "name", "cell holds a control character"), (problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_cell_of_at_most_10000_characters_is_allowed_and_a_longer_one_refused()
    {
        Assert.False(Read($"id,name,note\n1,a,{new string('x', CsvTable.MaxFieldLength)}\n").Problems.Any);

        var problem = Only(Read($"id,name,note\n1,a,{new string('x', CsvTable.MaxFieldLength + 1)}\n"));
        Assert.Equal((2L, "note"), (problem.Line, problem.Column));
        Assert.Equal("cell of 10,001 characters; at most 10,000", problem.Message);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported_on_its_line_without_a_column()
    {
        var table = Read("id,name,note\n1,a,b\n2,c,d,extra\n");
        var problem = Only(table);
        Assert.Equal((3L, (string?)null, "4 fields where the header has 3"), (problem.Line, problem.Column, problem.Message));
        Assert.Single(table.Rows);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_newlines()
    {
        var table = Read("id,name,note\n1,\"Lao, PDR\",\"said \"\"hi\"\"\nthen left\"\n");
        Assert.False(table.Problems.Any);
        Assert.Equal("Lao, PDR", table.Rows[0].Required("name"));
        Assert.Equal("said \"hi\"\nthen left", table.Rows[0].Required("note"));
    }

    [Fact]
    public void A_problem_after_a_multi_line_record_is_reported_on_its_own_starting_line()
    {
        var table = Read("id,name,note\n1,a,\"two\nlines\"\n2,=bad,\n");
        var problem = Only(table);
        Assert.Equal((4L, "name"), (problem.Line, problem.Column));
        Assert.Equal([2L, 4L], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_quoted_field_never_closed_is_reported()
    {
        var table = Read("id,name,note\n1,a,b\n2,\"open,\n");
        Assert.Contains(table.Problems.All, p => p.Line == 3 && p.Message == "a quoted field is never closed");
    }

    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_stops_the_read_at_its_line()
    {
        var table = Read("id,name,note\n1,a,b\n2,say \"hi,x\n3,c,d\n");
        var problem = Only(table);
        Assert.Equal(3L, problem.Line);
        Assert.StartsWith("stray '\"'", problem.Message, StringComparison.Ordinal);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void A_lone_carriage_return_is_cell_content_refused_as_a_control_character_not_a_line_end()
    {
        var table = Read("id,name,note\n1,a\rb,c\n");
        var problem = Only(table);
        Assert.Equal((2L, "name", "cell holds a control character"), (problem.Line, problem.Column, problem.Message));
        Assert.Equal("a\rb", table.Rows[0].Required("name"));
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_reported_on_their_line()
    {
        byte[] bytes = [.. "id,name,note\n1,a,b\n2,caf"u8.ToArray(), 0xE9, .. ",c\n"u8.ToArray()];
        var table = Read(bytes);
        var problem = Only(table);
        Assert.Equal(3L, problem.Line);
        Assert.StartsWith("not valid UTF-8", problem.Message, StringComparison.Ordinal);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void Every_bad_cell_of_the_file_is_reported_in_one_pass()
    {
        var table = Read("id,name,note\n1,=a,\n2,b,@c\n3,c,d,e\n");
        Assert.Equal([(2L, "name"), (3L, "note"), (4L, null)], table.Problems.All.Select(p => (p.Line!.Value, p.Column)));
    }

    [Fact]
    public void Field_accessors_report_bad_values_with_the_rows_line_and_column()
    {
        var header = new[] { "id", "year", "date", "kind" };
        var problems = new ProblemList();
        var row = CsvTable.Parse("t.csv", "id,year,date,kind\n,1800,2017-13-45,other\n"u8.ToArray(), header, problems).Rows.Single();

        row.Required("id");
        Assert.Null(row.Int("year", 1900, 2100));
        Assert.Null(row.Date("date"));
        Assert.Null(row.OneOf("kind", ["a", "b"]));

        Assert.Equal(
            ["t.csv:2 [id]: is required", "t.csv:2 [year]: '1800' is not a whole number from 1900 to 2100",
             "t.csv:2 [date]: '2017-13-45' is not a date in the form YYYY-MM-DD", "t.csv:2 [kind]: 'other' is not one of: a, b"],
            problems.All.Select(p => p.ToString()));
    }

    [Fact]
    public void An_id_list_keeps_the_known_ids_and_reports_each_unknown_one()
    {
        var problems = new ProblemList();
        var row = CsvTable.Parse("t.csv", "id,name,note\n1,S1 S2 ZZ9 S1,\n"u8.ToArray(), Header, problems).Rows.Single();

        Assert.Equal(["S1", "S2"], row.IdList("name", new HashSet<string>(["S1", "S2"]), "source"));
        Assert.Equal("t.csv:2 [name]: unknown source 'ZZ9'", Assert.Single(problems.All).ToString());
    }
}
