using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Bisector.History;

/// <summary>Commands with parameters, and the text form of times (ISO-8601 UTC, which also sorts as text).</summary>
internal static class Sql
{
    public static SqliteCommand Command(SqliteConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = text;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    public static int Execute(SqliteConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, text, parameters);
        return command.ExecuteNonQuery();
    }

    public static T? Scalar<T>(SqliteConnection connection, string text, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, text, parameters);
        var value = command.ExecuteScalar();
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, typeof(T), CultureInfo.InvariantCulture);
    }

    public static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public static DateTimeOffset? TimeOrNull(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Time(reader.GetString(ordinal));

    public static string? StringOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static double? DoubleOrNull(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetDouble(ordinal);
}
