#pragma once

#include "domain/Perspective.h"
#include "domain/Request.h"
#include "domain/Topic.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QTreeView;

namespace Kohtaamo {

class ChosenTopicsModel;
class TopicTreeModel;

// Tags a request: the topic taxonomy as a tree with a type-ahead filter (names in the UI language; typing "sijoi"
// leaves "Lastensuojelu › Sijoitus › Kiireellinen sijoitus" and what lies under it), topics checked in the tree
// appear in the list of chosen topics, where each is marked primary or secondary and can be removed; plus the
// perspective the request wants the experience lived from.
//
// Keyboard: in the filter, Enter checks the highlighted match and Down goes to the tree; in the tree, Space checks;
// in the chosen list, Delete removes. The first topic chosen is primary, the following ones secondary.
class TopicPicker : public QWidget
{
    Q_OBJECT
public:
    explicit TopicPicker(QWidget *parent = nullptr);
    ~TopicPicker() override;

    // The whole taxonomy, retired topics included (they are shown only where a request already has them).
    // The names are in `language` ("fi", "sv", "en"); empty = the UI language.
    void setTaxonomy(const QVector<Topic> &topics, const QString &language = {});

    QVector<RequestTopic> topics() const;
    void setTopics(const QVector<RequestTopic> &topics);
    Perspective perspective() const;
    void setPerspective(Perspective perspective);

    // The inputs, for the editor to put messages next to.
    QWidget *chosenInput() const;
    QWidget *perspectiveInput() const;

signals:
    // The coordinator changed the topics, a weight or the perspective (the setters do not emit it).
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);
    void checkCurrentMatch();
    void onCheckToggled(qint64 topicId, bool checked);
    void removeSelected();
    void setSelectedWeight(TopicWeight weight);
    void updateChosenControls();
    void expandChosen();
    int selectedRow() const;

    TopicTreeModel *m_taxonomy = nullptr;
    QSortFilterProxyModel *m_filterModel = nullptr;
    ChosenTopicsModel *m_chosen = nullptr;

    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_matches = nullptr;
    QLabel *m_treeLabel = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_chosenLabel = nullptr;
    QTreeView *m_chosenView = nullptr;
    QLabel *m_emptyChosen = nullptr;
    QRadioButton *m_primary = nullptr;
    QRadioButton *m_secondary = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_perspectiveLabel = nullptr;
    QComboBox *m_perspective = nullptr;
};

} // namespace Kohtaamo
