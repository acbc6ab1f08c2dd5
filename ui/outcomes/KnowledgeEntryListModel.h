#pragma once

#include "domain/KnowledgeEntry.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

// The pieces of experience knowledge of one request, as a list: each row shows the text and, on a second line, the
// life-course phase and the topics; critical points are marked. New entries (id 0) and changed ones are kept here
// until the dialog saves them. Only entries not saved yet can be removed: the core keeps experience knowledge once
// it is recorded (OutcomeRepository has no delete).
class KnowledgeEntryListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        CriticalPointRole = Qt::UserRole + 64, // bool
        PhaseRole, // int(LifeCoursePhase)
        TopicIdsRole, // QList<qint64>
        ModifiedRole, // bool: new or changed since loading
    };

    explicit KnowledgeEntryListModel(QObject *parent = nullptr);

    // Replaces the rows; they become the "loaded" state.
    void setEntries(const QVector<KnowledgeEntry> &entries);
    // Names to show for topic ids (in the UI language).
    void setTopicNames(const QHash<qint64, QString> &names);

    const QVector<KnowledgeEntry> &entries() const { return m_rows; }
    const KnowledgeEntry &entry(int row) const { return m_rows.at(row); }
    int addEntry(const KnowledgeEntry &entry); // returns its row
    void replaceEntry(int row, const KnowledgeEntry &entry);
    bool canRemove(int row) const; // true only for an entry not saved yet
    bool removeEntry(int row); // false (and nothing removed) for a saved one
    bool isModified(int row) const; // new, or differs from what was loaded
    QVector<KnowledgeEntry> modifiedEntries() const;
    QVector<int> modifiedRows() const;
    // After a save: `stored` holds the entries of modifiedRows(), in that order, as the core returned them.
    void markSaved(const QVector<int> &rows, const QVector<KnowledgeEntry> &stored);

    QString topicText(const KnowledgeEntry &entry) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void retranslate();

private:
    QVector<KnowledgeEntry> m_rows;
    QHash<qint64, KnowledgeEntry> m_loaded; // by id
    QHash<qint64, QString> m_topicNames;
};

} // namespace Kohtaamo
