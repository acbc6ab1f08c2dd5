#pragma once

#include <QAbstractButton>

class QLabel;

namespace Kohtaamo {

// One line of the Today page: a count and the sentence it belongs to ("3 requests not yet tagged"), and a detail
// under it. It is a button: a click, Enter, Return or Space opens the list behind it (clicked()). A screen reader
// hears the whole sentence as its name. Lines whose count is zero are drawn quieter but still open their list.
class TodayLine : public QAbstractButton
{
    Q_OBJECT
public:
    explicit TodayLine(QWidget *parent = nullptr);

    // count is shown big; sentence is the text beside it and, with the detail, the accessible name.
    void setLine(int count, const QString &countText, const QString &sentence, const QString &detail = {});
    void setActionDescription(const QString &description);

    int count() const { return m_count; }
    QString countText() const;
    QString sentence() const; // the whole sentence, number included
    QString detail() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateQuietness();

    int m_count = 0;
    QString m_fullSentence;
    QLabel *m_countLabel = nullptr;
    QLabel *m_sentence = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_chevron = nullptr;
};

} // namespace Kohtaamo
