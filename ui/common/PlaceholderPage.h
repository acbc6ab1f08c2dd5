#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;

namespace Kohtaamo {

// A page that is not built yet. It says so plainly and tells what the page will do, so the coordinator is never
// left guessing in front of an empty screen. The owner sets the (translated) texts and sets them again when the
// language changes.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    explicit PlaceholderPage(QWidget *parent = nullptr);

    // title: the page's name; summary: one paragraph on its purpose; plans: what it will offer, one line each;
    // hint: optional, what the coordinator can do meanwhile.
    void setTexts(const QString &title, const QString &summary, const QStringList &plans, const QString &hint = {});

    QString title() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_plansHeading = nullptr;
    QLabel *m_plans = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace Kohtaamo
