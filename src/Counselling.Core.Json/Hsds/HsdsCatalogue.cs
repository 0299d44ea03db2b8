using System;
using System.Collections.Generic;
using System.Text.Json;
using Counselling.Core.Common;
using Counselling.Core.Objectives;
using Counselling.Core.Services;
using Counselling.Core.Situation;

namespace Counselling.Core.Json.Hsds;

/// <summary>
/// Loads a <see cref="ServiceCatalogue"/> from an Open Referral HSDS export in JSON: one object with the arrays
/// <c>organizations</c>, <c>locations</c> and <c>services</c>, each record with HSDS field names.
/// </summary>
/// <remarks>
/// <para>Read from each record: organisations' <c>id</c>, <c>name</c>, <c>description</c>, <c>website</c>; locations'
/// <c>id</c>, <c>name</c>, <c>location_type</c>, <c>organization_id</c>, <c>transportation</c>; services' <c>id</c>,
/// <c>organization_id</c>, <c>name</c>, <c>description</c>, <c>status</c>, <c>minimum_age</c>, <c>maximum_age</c>,
/// <c>service_areas</c> (each area's <c>uri</c> is its area code, such as <c>fr/75</c>), <c>service_at_locations</c>
/// (<c>location_id</c>) and <c>attributes</c> whose <c>taxonomy_term.taxonomy</c> is one of
/// <see cref="HsdsTaxonomies"/>. Other fields and other taxonomies are left aside.</para>
/// <para>All or nothing: the first bad record stops the load with an <see cref="HsdsFormatException"/> saying where
/// (JSON path, section, index, field) and why; nothing is half-loaded. Services of the agency's own organisations are
/// <see cref="ServiceProvision.Internal"/>, the others <see cref="ServiceProvision.External"/>.</para>
/// </remarks>
public static class HsdsCatalogue
{
    /// <summary>Loads a catalogue from an HSDS export.</summary>
    /// <param name="json">The export, as JSON text.</param>
    /// <param name="agencyOrganizations">The identifiers of the agency's own organisations, whose services are internal.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="HsdsFormatException">The export is not valid JSON or a record is bad; the exception says where and why.</exception>
    public static ServiceCatalogue Load(string json, IEnumerable<string> agencyOrganizations)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(agencyOrganizations);
        var agency = new HashSet<string>(agencyOrganizations, StringComparer.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new HsdsFormatException(
                new Reason("hsds.not-json", new ReasonArgument("line", (error.LineNumber ?? 0) + 1), new ReasonArgument("position", (error.BytePositionInLine ?? 0) + 1)),
                "$", null, null, null, error);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HsdsFormatException(new Reason("hsds.expected-object"), "$", null, null, null);
            }

            var organizations = Read(root, "organizations", ReadOrganization);
            var orgIds = new HashSet<OrganizationId>();
            foreach (var o in organizations)
            {
                orgIds.Add(o.Id);
            }

            var locations = Read(root, "locations", (in Place at) => ReadLocation(at, orgIds));
            var locIds = new HashSet<LocationId>();
            foreach (var l in locations)
            {
                locIds.Add(l.Id);
            }

            var services = Read(root, "services", (in Place at) => ReadService(at, orgIds, locIds, agency));
            return ServiceCatalogue.Create(organizations, locations, services);
        }
    }

    private delegate T RecordReader<T>(in Place at);

    private static List<T> Read<T>(JsonElement root, string section, RecordReader<T> read)
        where T : class
    {
        var list = new List<T>();
        if (!root.TryGetProperty(section, out var array) || array.ValueKind == JsonValueKind.Null)
        {
            return list;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            throw new HsdsFormatException(new Reason("hsds.expected-array", new ReasonArgument("field", section)), "$." + section, section, null, null);
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var record in array.EnumerateArray())
        {
            var at = new Place(section, index, record);
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw at.Error(null, new Reason("hsds.expected-object"));
            }

            var id = at.RequiredKey("id");
            if (!ids.Add(id))
            {
                throw at.Error("id", new Reason("hsds.duplicate-id", new ReasonArgument("id", id)));
            }

            list.Add(read(at));
            index++;
        }

        return list;
    }

    private static Organization ReadOrganization(in Place at)
    {
        var website = at.OptionalString("website");
        Uri? uri = null;
        if (website is not null && !Uri.TryCreate(website, UriKind.Absolute, out uri))
        {
            throw at.Error("website", new Reason("hsds.invalid-value", new ReasonArgument("field", "website")));
        }

        return new Organization(new OrganizationId(at.RequiredKey("id")), at.RequiredString("name"))
        {
            Description = at.OptionalString("description"),
            Website = uri,
        };
    }

    private static Location ReadLocation(in Place at, HashSet<OrganizationId> organizations)
    {
        var type = at.OptionalString("location_type") ?? "physical";
        if (type is not ("physical" or "postal" or "virtual"))
        {
            throw at.Error("location_type", new Reason("hsds.invalid-value", new ReasonArgument("field", "location_type")));
        }

        OrganizationId? owner = null;
        if (at.OptionalString("organization_id") is { } orgText)
        {
            var org = new OrganizationId(at.Key("organization_id", orgText));
            owner = organizations.Contains(org) ? org : throw at.Error("organization_id", Unknown("organization_id", orgText));
        }

        return new Location(new LocationId(at.RequiredKey("id")), at.OptionalString("name") ?? at.RequiredKey("id"), type == "virtual")
        {
            Organization = owner,
            Transportation = at.OptionalString("transportation"),
        };
    }

    private static Service ReadService(in Place at, HashSet<OrganizationId> organizations, HashSet<LocationId> locations, HashSet<string> agency)
    {
        var orgText = at.RequiredKey("organization_id");
        var org = new OrganizationId(orgText);
        if (!organizations.Contains(org))
        {
            throw at.Error("organization_id", Unknown("organization_id", orgText));
        }

        var active = (at.OptionalString("status") ?? "active") switch
        {
            "active" => true,
            "inactive" or "defunct" or "temporarily closed" => false,
            _ => throw at.Error("status", new Reason("hsds.invalid-value", new ReasonArgument("field", "status"))),
        };
        var minimum = at.OptionalAge("minimum_age");
        var maximum = at.OptionalAge("maximum_age");
        if (minimum > maximum)
        {
            throw at.Error("maximum_age", new Reason("hsds.invalid-value", new ReasonArgument("field", "maximum_age")));
        }

        var areas = new List<AreaCode>();
        foreach (var (area, path) in at.Items("service_areas"))
        {
            var code = area.TryGetProperty("uri", out var uri) && uri.ValueKind == JsonValueKind.String ? uri.GetString() : null;
            if (!AreaCode.IsValid(code))
            {
                throw at.Error("service_areas", new Reason("hsds.area-without-code"), path + ".uri");
            }

            areas.Add(new AreaCode(code!));
        }

        var places = new List<LocationId>();
        foreach (var (link, path) in at.Items("service_at_locations"))
        {
            var text = link.TryGetProperty("location_id", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (text is null || !CatalogueKeyIsValid(text) || !locations.Contains(new LocationId(text)))
            {
                throw at.Error("service_at_locations", Unknown("location_id", text ?? string.Empty), path + ".location_id");
            }

            places.Add(new LocationId(text));
        }

        var barriers = new List<BarrierCategory>();
        var domains = new List<LifeDomain>();
        var statuses = new List<string>();
        foreach (var (attribute, path) in at.Items("attributes"))
        {
            if (!attribute.TryGetProperty("taxonomy_term", out var term) || term.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var taxonomy = term.TryGetProperty("taxonomy", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var code = term.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            var codePath = path + ".taxonomy_term.code";
            switch (taxonomy)
            {
                case HsdsTaxonomies.Barrier:
                    barriers.Add(BarrierCategoryCodes.TryParse(code, out var barrier) ? barrier : throw at.Error("attributes", UnknownCode(taxonomy, code), codePath));
                    break;
                case HsdsTaxonomies.LifeDomain:
                    domains.Add(LifeDomains.TryParse(code, out var domain) ? domain : throw at.Error("attributes", UnknownCode(taxonomy, code), codePath));
                    break;
                case HsdsTaxonomies.EligibleStatus:
                    statuses.Add(CatalogueKeyIsValid(code) ? code! : throw at.Error("attributes", UnknownCode(taxonomy, code), codePath));
                    break;
            }
        }

        return new Service(new ServiceId(at.RequiredKey("id")), org, at.RequiredString("name"), agency.Contains(org.Value) ? ServiceProvision.Internal : ServiceProvision.External)
        {
            Description = at.OptionalString("description"),
            IsActive = active,
            Barriers = [.. barriers],
            Domains = [.. domains],
            Locations = [.. places],
            Eligibility = new Eligibility { MinimumAge = minimum, MaximumAge = maximum, Areas = [.. areas], Statuses = [.. statuses] },
        };
    }

    private static Reason Unknown(string field, string id) => new("hsds.unknown-reference", new ReasonArgument("field", field), new ReasonArgument("id", id));

    private static Reason UnknownCode(string taxonomy, string? code) => new("hsds.unknown-code", new ReasonArgument("taxonomy", taxonomy), new ReasonArgument("code", code ?? string.Empty));

    private static bool CatalogueKeyIsValid(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Trim().Length > 100)
        {
            return false;
        }

        foreach (var ch in text.Trim())
        {
            if (char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A record being read, and where it is: every error it raises is located.</summary>
    private readonly record struct Place(string Section, int Index, JsonElement Record)
    {
        public string PathOf(string? field) => "$." + Section + "[" + Index + "]" + (field is null ? string.Empty : "." + field);

        public HsdsFormatException Error(string? field, Reason reason, string? path = null)
            => new(reason, path ?? PathOf(field), Section, Index, field);

        public string? OptionalString(string field)
        {
            if (!Record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                throw Error(field, new Reason("hsds.wrong-type", new ReasonArgument("field", field), new ReasonArgument("expected", "string")));
            }

            var text = value.GetString();
            return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        }

        public string RequiredString(string field)
            => OptionalString(field) ?? throw Error(field, new Reason("hsds.missing-field", new ReasonArgument("field", field)));

        public string RequiredKey(string field) => Key(field, RequiredString(field));

        public string Key(string field, string text)
            => CatalogueKeyIsValid(text) ? text.Trim() : throw Error(field, new Reason("hsds.invalid-value", new ReasonArgument("field", field)));

        public int? OptionalAge(string field)
        {
            if (!Record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Number)
            {
                throw Error(field, new Reason("hsds.wrong-type", new ReasonArgument("field", field), new ReasonArgument("expected", "number")));
            }

            return value.TryGetDouble(out var age) && age >= 0 && age <= 130 && age == Math.Floor(age)
                ? (int)age
                : throw Error(field, new Reason("hsds.invalid-value", new ReasonArgument("field", field)));
        }

        public IEnumerable<(JsonElement Item, string Path)> Items(string field)
        {
            if (!Record.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array)
            {
                throw Error(field, new Reason("hsds.wrong-type", new ReasonArgument("field", field), new ReasonArgument("expected", "array")));
            }

            var items = new List<(JsonElement, string)>();
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                var path = PathOf(field) + "[" + i + "]";
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw Error(field, new Reason("hsds.expected-object"), path);
                }

                items.Add((item, path));
                i++;
            }

            return items;
        }
    }
}
