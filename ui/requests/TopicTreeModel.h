#pragma once

#include "domain/Topic.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace Kohtaamo {

// The topic taxonomy as a tree of checkable topics, named in one language (the UI's), for tagging a request.
// Retired topics are not offered: they are left out, except where an active topic sits under them, and then they
// only show the way (not checkable). Names and paths of every topic, retired ones included, stay available for
// showing what a request is already tagged with.
//
// For the taxonomy editor (Settings) the model can instead show every topic, retired ones included and marked as
// such, none of them checkable: setMode(Mode::Editing).
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Role {
        TopicIdRole = Qt::UserRole + 1, // qint64
        PathRole, // "Child protection › Placement › Emergency placement"
        RetiredRole, // bool
    };

    enum class Mode {
        Tagging, // retired topics left out (or only showing the way), active ones checkable
        Editing, // every topic, retired ones marked, nothing checkable
    };

    explicit TopicTreeModel(QObject *parent = nullptr);

    // Takes effect with the next setTopics().
    void setMode(Mode mode) { m_mode = mode; }
    Mode mode() const { return m_mode; }

    // `language` is "fi", "sv" or "en"; a name missing in it falls back as Topic::name does.
    void setTopics(const QVector<Topic> &topics, const QString &language);
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    void setChecked(const QSet<qint64> &topicIds);
    QSet<qint64> checked() const { return m_checked; }

    bool knows(qint64 topicId) const { return m_all.contains(topicId); }
    bool isOffered(qint64 topicId) const; // in the tree and checkable
    bool isRetired(qint64 topicId) const;
    // The topic's name; "Topic #id" for one the taxonomy does not hold.
    QString name(qint64 topicId) const;
    QString path(qint64 topicId) const;
    QModelIndex indexOf(qint64 topicId) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // The coordinator checked or unchecked a topic in the tree (not emitted by setChecked).
    void checkToggled(qint64 topicId, bool checked);

private:
    struct Node
    {
        qint64 topicId = 0;
        int parent = -1; // index into m_nodes; -1 = top level
        int row = 0;
        QVector<int> children;
    };
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOfNode(int nodeIndex) const;

    QHash<qint64, Topic> m_all;
    QVector<Node> m_nodes;
    QVector<int> m_roots;
    QHash<qint64, int> m_nodeOf;
    QSet<qint64> m_checked;
    QString m_language = QStringLiteral("en");
    Mode m_mode = Mode::Tagging;
};

} // namespace Kohtaamo
