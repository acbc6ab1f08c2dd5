#include "KnowledgeEntryListModel.h"

#include "OutcomeTexts.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>

#include <algorithm>

namespace Kohtaamo {

namespace {
bool sameEntry(const KnowledgeEntry &a, const KnowledgeEntry &b)
{
    QVector<qint64> ta = a.topicIds;
    QVector<qint64> tb = b.topicIds;
    std::sort(ta.begin(), ta.end());
    std::sort(tb.begin(), tb.end());
    return a.text == b.text && ta == tb && a.phase == b.phase && a.criticalPoint == b.criticalPoint
        && a.recordedOn == b.recordedOn;
}
} // namespace

KnowledgeEntryListModel::KnowledgeEntryListModel(QObject *parent) : QAbstractListModel(parent) { }

void KnowledgeEntryListModel::setEntries(const QVector<KnowledgeEntry> &entries)
{
    beginResetModel();
    m_rows = entries;
    m_loaded.clear();
    for (const KnowledgeEntry &k : entries)
        m_loaded.insert(k.id, k);
    endResetModel();
}

void KnowledgeEntryListModel::setTopicNames(const QHash<qint64, QString> &names)
{
    m_topicNames = names;
    retranslate();
}

int KnowledgeEntryListModel::addEntry(const KnowledgeEntry &entry)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(entry);
    endInsertRows();
    return row;
}

void KnowledgeEntryListModel::replaceEntry(int row, const KnowledgeEntry &entry)
{
    if (row < 0 || row >= m_rows.size())
        return;
    KnowledgeEntry changed = entry;
    changed.id = m_rows.at(row).id; // the row stays the same record
    changed.version = m_rows.at(row).version;
    m_rows[row] = changed;
    emit dataChanged(index(row), index(row));
}

bool KnowledgeEntryListModel::canRemove(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).id == 0;
}

bool KnowledgeEntryListModel::removeEntry(int row)
{
    if (!canRemove(row))
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    return true;
}

bool KnowledgeEntryListModel::isModified(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const KnowledgeEntry &k = m_rows.at(row);
    const auto loaded = m_loaded.constFind(k.id);
    return k.id == 0 || loaded == m_loaded.constEnd() || !sameEntry(k, *loaded);
}

QVector<int> KnowledgeEntryListModel::modifiedRows() const
{
    QVector<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isModified(row))
            rows.append(row);
    }
    return rows;
}

QVector<KnowledgeEntry> KnowledgeEntryListModel::modifiedEntries() const
{
    QVector<KnowledgeEntry> entries;
    for (int row : modifiedRows())
        entries.append(m_rows.at(row));
    return entries;
}

void KnowledgeEntryListModel::markSaved(const QVector<int> &rows, const QVector<KnowledgeEntry> &stored)
{
    for (int i = 0; i < rows.size() && i < stored.size(); ++i) {
        const int row = rows.at(i);
        if (row < 0 || row >= m_rows.size())
            continue;
        m_rows[row] = stored.at(i);
        m_loaded.insert(stored.at(i).id, stored.at(i));
        emit dataChanged(index(row), index(row));
    }
}

QString KnowledgeEntryListModel::topicText(const KnowledgeEntry &entry) const
{
    QStringList names;
    for (qint64 id : entry.topicIds) {
        const QString name = m_topicNames.value(id);
        names << (name.isEmpty() ? tr("Topic #%1").arg(id) : name);
    }
    return names.join(tr(", ", "between topic names"));
}

int KnowledgeEntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant KnowledgeEntryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const KnowledgeEntry &k = m_rows.at(index.row());
    const QString topics = topicText(k);
    QStringList facts;
    if (k.criticalPoint)
        facts << tr("Critical point");
    facts << tr("Life course: %1").arg(OutcomeTexts::phaseName(k.phase));
    facts << (topics.isEmpty() ? tr("No topics") : tr("Topics: %1").arg(topics));
    if (k.id == 0)
        facts << tr("not saved yet");
    else if (isModified(index.row()))
        facts << tr("changed");
    const QString factLine = facts.join(tr(" · ", "between facts of a knowledge entry"));
    switch (role) {
    case Qt::DisplayRole:
        return QString(k.text.simplified() + QLatin1Char('\n') + factLine);
    case Qt::ToolTipRole:
        return k.text;
    case Qt::AccessibleTextRole:
        return QString(k.text.simplified() + QStringLiteral(". ") + factLine);
    case Qt::DecorationRole:
        if (k.criticalPoint)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case CriticalPointRole:
        return k.criticalPoint;
    case PhaseRole:
        return int(k.phase);
    case TopicIdsRole:
        return QVariant::fromValue(QList<qint64>(k.topicIds.begin(), k.topicIds.end()));
    case ModifiedRole:
        return isModified(index.row());
    default:
        return {};
    }
}

void KnowledgeEntryListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

} // namespace Kohtaamo
