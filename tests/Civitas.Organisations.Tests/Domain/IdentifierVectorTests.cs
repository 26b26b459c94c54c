using System.Globalization;
using Civitas.Organisations.Identifiers;
using CsvHelper;
using CsvHelper.Configuration;

namespace Civitas.Organisations.Tests.Domain;

/// <summary>
/// Every vector of ../shared/data/validation/pl_id_test_vectors.csv (hibernate-validator, python-stdnum,
/// stdnum-js). The libraries differ in formatting; our decision (docs/glossary.md, Identifiers/*):
/// NIP accepts spaces, dashes and one "PL" prefix; REGON and PESEL accept digits only. Each row's
/// expectation is derived from that decision and compared with the library's verdict, so a row where
/// we deliberately differed would show up here (there is none).
/// </summary>
public sealed class IdentifierVectorTests
{
    public sealed record Vector(string Type, string Input, string Expected, string Reason, string Library);

    public static IEnumerable<object[]> Vectors()
    {
        using var reader = new StreamReader(SharedData.ValidationVectors);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, HeaderValidated = null });
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            yield return [new Vector(csv.GetField("type")!, csv.GetField("input")!, csv.GetField("expected")!, csv.GetField("reason") ?? "", csv.GetField("library") ?? "")];
        }
    }

    [Fact]
    public void The_vector_file_holds_all_167_rows() => Assert.Equal(167, Vectors().Count());

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Validator_agrees_with_the_vector(Vector v)
    {
        switch (v.Type)
        {
            case "NIP" or "NIP (EU VAT PL)":
                Assert.Equal(v.Expected == "valid", Nip.IsValid(v.Input));
                break;
            case "REGON":
                Assert.Equal(v.Expected == "valid", Regon.IsValid(v.Input));
                break;
            case "PESEL" when v.Expected.StartsWith("birthdate=", StringComparison.Ordinal):
                var parts = v.Expected.Split(';').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
                Assert.Equal(DateOnly.ParseExact(parts["birthdate"], "yyyy-MM-dd", CultureInfo.InvariantCulture), Pesel.BirthDate(v.Input));
                Assert.Equal(parts["gender"] == "M", Pesel.IsMale(v.Input));
                break;
            case "PESEL":
                Assert.Equal(v.Expected == "valid", Pesel.IsValid(v.Input));
                break;
            default:
                Assert.Fail($"Unknown type {v.Type}");
                break;
        }
    }

    [Fact]
    public void A_valid_NIP_is_stored_as_ten_plain_digits_whatever_the_formatting()
    {
        Assert.Equal("5840304472", Nip.Normalize("PL 584-030-44-72"));
        Assert.Equal("7772668285", Nip.Normalize("pl 777 26 68 285"));
        Assert.Equal("1234563218", Nip.Normalize(" 123-456-32-18 "));
    }

    [Fact]
    public void KRS_number_must_have_exactly_ten_digits()
    {
        Assert.Equal("0000096794", KrsNumber.Normalize(" 0000096794 "));
        Assert.Null(KrsNumber.Normalize("96794"));
        Assert.Null(KrsNumber.Normalize("00000967945"));
        Assert.Null(KrsNumber.Normalize("0000-096794"));
        Assert.Null(KrsNumber.Normalize("000009679x"));
    }

    [Fact]
    public void Every_NIP_and_REGON_in_the_KRS_derived_list_is_valid()
    {
        using var reader = new StreamReader(SharedData.NgoList);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        var nips = 0;
        var regons = 0;
        foreach (var row in csv.GetRecords<dynamic>().Cast<IDictionary<string, object>>())
        {
            var nip = (string)row["nip"];
            var regon = (string)row["regon"];
            if (nip.Length > 0) { Assert.True(Nip.IsValid(nip), nip); nips++; }
            if (regon.Length > 0) { Assert.True(Regon.IsValid(regon), regon); regons++; }
        }
        Assert.Equal(39, nips);
        Assert.Equal(44, regons);
        Assert.Equal("371091972", Regon.Normalize("37109197200000"));
        Assert.Null(Regon.Normalize("37109197300000"));
    }
}
