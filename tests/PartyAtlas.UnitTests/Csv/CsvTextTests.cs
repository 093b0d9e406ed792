using System.Text;
using Microsoft.AspNetCore.Http;

namespace PartyAtlas.UnitTests.Csv;

/// <summary>The f=csv rendering of JSON answers.</summary>
public sealed class CsvTextTests
{
    private static string Render(string json, string member) => Encoding.UTF8.GetString(CsvText.From(json, member).Body);

    [Fact]
    public void Rows_become_a_header_and_one_crlf_line_each() =>
        Assert.Equal("iso3,count\r\nNPL,3\r\nCHL,1\r\n", Render("""{"rows":[{"iso3":"NPL","count":3},{"iso3":"CHL","count":1}]}""", "rows"));

    [Fact]
    public void Cells_with_commas_quotes_or_newlines_are_quoted_and_quotes_doubled() =>
        Assert.Equal("a,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n",
            Render("""{"rows":[{"a":"x,y","b":"say \"hi\"","c":"two\nlines"}]}""", "rows"));

    [Fact]
    public void Null_is_empty_booleans_are_words_numbers_stay_as_written_and_arrays_join_with_semicolons() =>
        Assert.Equal("n,t,f,x,list\r\n,true,false,1.50,NPL;CHL\r\n",
            Render("""{"rows":[{"n":null,"t":true,"f":false,"x":1.50,"list":["NPL","CHL"]}]}""", "rows"));

    [Fact]
    public void Nested_objects_become_parent_child_columns() =>
        Assert.Equal("year,coverage_low,coverage_high\r\n2021,10,12\r\n",
            Render("""{"rows":[{"year":2021,"coverage":{"low":10,"high":12}}]}""", "rows"));

    [Fact]
    public void Geojson_features_are_rendered_by_their_properties() =>
        Assert.Equal("iso3\r\nNPL\r\n",
            Render("""{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{"iso3":"NPL"}}]}""", "features"));

    [Fact]
    public void Columns_are_the_union_of_every_rows_keys_and_a_missing_cell_is_empty() =>
        Assert.Equal("a,b\r\n1,\r\n,2\r\n", Render("""{"rows":[{"a":1},{"b":2}]}""", "rows"));

    [Fact]
    public void No_rows_give_an_empty_header_line() => Assert.Equal("\r\n", Render("""{"rows":[]}""", "rows"));

    [Fact]
    public void The_media_type_is_text_csv() => Assert.Equal("text/csv", CsvText.From("""{"rows":[]}""", "rows").ContentType);

    [Theory]
    [InlineData("csv", null, true)]
    [InlineData("json", "text/csv", false)]
    [InlineData(null, "text/csv", true)]
    [InlineData(null, "application/json", false)]
    [InlineData(null, null, false)]
    public void Csv_is_wanted_for_f_csv_or_for_accept_text_csv_without_f(string? format, string? accept, bool wanted)
    {
        var request = new DefaultHttpContext().Request;
        if (accept is not null)
        {
            request.Headers.Accept = accept;
        }

        Assert.Equal(wanted, CsvText.Wanted(request, format));
    }
}
