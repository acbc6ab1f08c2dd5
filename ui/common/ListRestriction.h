#pragma once

#include <QVector>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kohtaamo {

// A line above a list that says it shows only the records another page picked ("Only the fees not yet paid: 12
// requests"), with a button that shows every record again. Hidden while there is no such limit.
class ListRestriction : public QWidget
{
    Q_OBJECT
public:
    explicit ListRestriction(QWidget *parent = nullptr);

    void setRestriction(const QVector<qint64> &ids, const QString &title);
    const QVector<qint64> &ids() const { return m_ids; }
    const QString &title() const { return m_title; }
    QPushButton *showAllButton() const { return m_showAll; }

signals:
    // The coordinator pressed "Show all": the list is no longer limited.
    void cleared();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QVector<qint64> m_ids;
    QString m_title;
    QLabel *m_text = nullptr;
    QPushButton *m_showAll = nullptr;
};

} // namespace Kohtaamo
