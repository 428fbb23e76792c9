using TreEm.Data.Seed;

namespace TreEm.Tests.Domain;

public class CsvTableTests
{
    [Fact]
    public void Read_HandlesQuotesDoubledQuotesAndLineBreaks()
    {
        var rows = CsvTable.Read(new StringReader("a,b,c\n1,\"x, \"\"y\"\"\",3\n2,\"line1\nline2\",4\n")).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["1", "x, \"y\"", "3"], rows[1].Fields);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal("line1\nline2", rows[2].Fields[1]);
        Assert.Equal(3, rows[2].Line);
    }

    [Fact]
    public void Read_DetectsSemicolonDelimiterAndStripsBom()
    {
        var rows = CsvTable.Read(new StringReader("\uFEFFcode;name\n64;Tỉnh Gia Lai\n")).ToList();
        Assert.Equal(["code", "name"], rows[0].Fields);
        Assert.Equal(["64", "Tỉnh Gia Lai"], rows[1].Fields);
    }
}
