#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace dd::domain {

// Writes the fields of one JSON object, for every record's write(): the field list of a type
// is written once and read by two writers, JsonObjectWriter (a QJsonObject: toJson()) and
// JsonTextWriter (the object's compact JSON text in UTF-8, straight from the values: what an
// import of thousands of records stores, without a QJsonObject in between). Keys are given in
// any order; each is given once.
class JsonWriter
{
public:
    virtual ~JsonWriter() = default;

    virtual void text(const QString &key, const QString &value) = 0;
    virtual void boolean(const QString &key, bool value) = 0;
    virtual void integer(const QString &key, qint64 value) = 0;
    // A number, whole or not; a whole one (up to 2^53) is written as an integer, as QJsonValue
    // keeps it.
    virtual void number(const QString &key, double value) = 0;
    virtual void null(const QString &key) = 0;
    virtual void texts(const QString &key, const QStringList &values) = 0;
    // An object under `key`: fill() writes its fields.
    virtual void object(const QString &key, const std::function<void(JsonWriter &)> &fill) = 0;
    // An array of `count` objects under `key`: fill(i, writer) writes the fields of the i-th.
    virtual void array(const QString &key, qsizetype count,
                       const std::function<void(qsizetype, JsonWriter &)> &fill) = 0;

    // The rows of a table (a resume, a timeline) under `key`, each by its own write().
    template<typename Row>
    void objects(const QString &key, const QList<Row> &rows)
    {
        array(key, rows.size(), [&rows](qsizetype i, JsonWriter &out) { rows.at(i).write(out); });
    }
};

class JsonObjectWriter final : public JsonWriter
{
public:
    // `value`'s fields (its write()) as a QJsonObject.
    template<typename T>
    static QJsonObject of(const T &value)
    {
        JsonObjectWriter out;
        value.write(out);
        return out.m_object;
    }

    void text(const QString &key, const QString &value) override;
    void boolean(const QString &key, bool value) override;
    void integer(const QString &key, qint64 value) override;
    void number(const QString &key, double value) override;
    void null(const QString &key) override;
    void texts(const QString &key, const QStringList &values) override;
    void object(const QString &key, const std::function<void(JsonWriter &)> &fill) override;
    void array(const QString &key, qsizetype count,
               const std::function<void(qsizetype, JsonWriter &)> &fill) override;

private:
    QJsonObject m_object;
};

// The same bytes as QJsonDocument(JsonObjectWriter::of(value)).toJson(QJsonDocument::Compact):
// keys in QJsonObject's order (sorted), strings escaped as Qt escapes them (", \, \b, \f, \n,
// \r, \t, other control characters as \u00xx, a lone surrogate as \uxxxx, the rest UTF-8),
// numbers as Qt writes them. TestJsonWriter holds it to that for every record type.
class JsonTextWriter final : public JsonWriter
{
public:
    JsonTextWriter()
    {
        // Room for a record's usual text and members at once: grown a piece at a time, every
        // nested object's from nothing, they were reallocated over and over (an import's
        // preparation of 10,000 applicants: 2.13 G instructions, 2.04 G with this).
        m_values.reserve(512);
        m_members.reserve(16);
    }

    template<typename T>
    static QByteArray of(const T &value)
    {
        JsonTextWriter out;
        value.write(out);
        return out.take();
    }

    void text(const QString &key, const QString &value) override;
    void boolean(const QString &key, bool value) override;
    void integer(const QString &key, qint64 value) override;
    void number(const QString &key, double value) override;
    void null(const QString &key) override;
    void texts(const QString &key, const QStringList &values) override;
    void object(const QString &key, const std::function<void(JsonWriter &)> &fill) override;
    void array(const QString &key, qsizetype count,
               const std::function<void(qsizetype, JsonWriter &)> &fill) override;

    // The object written so far, closed.
    QByteArray take() const;

    // What appendString() makes of a lone surrogate (UTF-16 that is not text).
    enum class LoneSurrogate {
        Escape,  // \udxxx, as Qt's writer: QJsonDocument reads it back as it was
        Replace, // U+FFFD, for text SQLite's json_extract takes out (the escape would give
                 // invalid UTF-8 there)
    };
    // `text` as a JSON string onto `out`, quotes included, as Qt's writer escapes it.
    static void appendString(QByteArray *out, QStringView text,
                             LoneSurrogate lone = LoneSurrogate::Escape);

private:
    // One member: its key and where its text ("key":value) lies in m_values.
    struct Member
    {
        QString key;
        qsizetype begin;
        qsizetype end;
    };

    // Writes `"key":` onto m_values and returns where the member begins.
    qsizetype start(const QString &key);
    // Ends the member `key`, begun at `begin` and written up to the end of m_values.
    void add(const QString &key, qsizetype begin);

    QByteArray m_values;
    std::vector<Member> m_members;
};

} // namespace dd::domain
