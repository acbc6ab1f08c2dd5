#pragma once

// Finds English left on a Finnish or Swedish screen: a visible text that is one of the catalogue's English sources
// (or fills one of its templates, "%1 workers" → "3 workers") where the catalogue's translation differs from the
// source. Names, numbers and codes are not sources, so they pass; a translation filed under another context than the
// one asked at run time, a text never put through tr(), or an entry removed from the catalogue are caught.

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QXmlStreamReader>

#include <vector>

class UntranslatedTexts
{
public:
    // `catalogue`: translations/kohtaamo_<lang>.ts; `englishPlurals`: translations/kohtaamo_en.ts (the English forms
    // of the texts with a count).
    bool load(const QString &catalogue, const QString &englishPlurals)
    {
        QHash<QString, QStringList> englishForms; // source → English singular and plural
        if (!read(englishPlurals,
                  [&](const QString &source, const QStringList &forms, bool) { englishForms.insert(source, forms); }))
            return false;
        return read(catalogue, [&](const QString &source, const QStringList &translations, bool numerus) {
            for (const QString &translation : translations)
                m_translations.insert(normalized(translation));
            if (numerus) {
                for (const QString &form : englishForms.value(source))
                    addTemplate(form);
                return;
            }
            if (translations.contains(source))
                return; // the same in both languages: "OK", "Kohtaamo", "PDF"
            if (source.contains(QLatin1Char('%')))
                addTemplate(source);
            else
                m_exact.insert(normalized(source));
        });
    }

    // A text that is right in English on every screen (the language chooser names English in English).
    void allow(const QString &text) { m_translations.insert(normalized(text)); }

    int size() const { return int(m_exact.size() + m_templates.size()); }

    // The texts (each also line by line) that are English sources.
    QStringList find(const QStringList &texts) const
    {
        QStringList found;
        for (const QString &text : texts) {
            QStringList candidates { text };
            if (text.contains(QLatin1Char('\n')))
                candidates << text.split(QLatin1Char('\n'));
            for (const QString &candidate : std::as_const(candidates)) {
                const QString t = normalized(candidate);
                // A word that is the translation of another text ("Status" in Swedish) is the language's own.
                if (t.isEmpty() || found.contains(t) || m_translations.contains(t))
                    continue;
                if (m_exact.contains(t) || matchesTemplate(t))
                    found << t;
            }
        }
        return found;
    }

    static QString normalized(QString text)
    {
        text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
        text.remove(QLatin1Char('&'));
        text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
        return text.simplified();
    }

private:
    struct Template
    {
        QString longestLiteral;
        QRegularExpression pattern;
    };

    template <typename F> static bool read(const QString &path, F &&onMessage)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        QXmlStreamReader xml(&file);
        QString source;
        QStringList translations;
        bool numerus = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    translations.clear();
                    numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation") && !numerus) {
                    translations << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    translations << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                onMessage(source, translations, numerus);
            }
        }
        return !xml.hasError();
    }

    void addTemplate(const QString &source)
    {
        static const QRegularExpression placeholder(QStringLiteral("%L?(?:\\d+|n)"));
        const QString text = normalized(source);
        QStringList literals = text.split(placeholder);
        QString pattern;
        QString longest;
        int letters = 0;
        for (int i = 0; i < literals.size(); ++i) {
            if (i > 0)
                pattern += QStringLiteral("(.+?)");
            pattern += QRegularExpression::escape(literals.at(i));
            if (literals.at(i).size() > longest.size())
                longest = literals.at(i);
            for (QChar c : literals.at(i))
                letters += c.isLetter() ? 1 : 0;
        }
        // A template of little text ("%1 (%2)", "%1: %2") would match anything.
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}\\s+[A-Za-z]{2,}"));
        if (letters < 8 || !word.match(text).hasMatch())
            return;
        m_templates.push_back({ longest.trimmed(),
                                QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                   QRegularExpression::DotMatchesEverythingOption) });
    }

    bool matchesTemplate(const QString &text) const
    {
        for (const Template &t : m_templates) {
            if (!t.longestLiteral.isEmpty() && !text.contains(t.longestLiteral))
                continue;
            if (t.pattern.match(text).hasMatch())
                return true;
        }
        return false;
    }

    QSet<QString> m_exact;
    QSet<QString> m_translations;
    std::vector<Template> m_templates;
};
