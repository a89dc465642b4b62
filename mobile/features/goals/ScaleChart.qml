import QtQuick
import QtQuick.Layouts
import Kith.Core
import Kith.Ui
import Kith.Goals

// The safety scale over time: one line per viewpoint (parent, young person, coordinator,
// network, volunteer). Each line has its own colour, marker and dash pattern, so the lines can be
// told apart without colour; a legend names them. Screen readers hear the latest score of each
// viewpoint, and every score is listed in words below the chart.
ColumnLayout {
    id: chart
    property GoalsView view
    spacing: Theme.spacing
    Layout.fillWidth: true

    readonly property var series: view ? view.series : []
    readonly property bool hasScores: series.length > 0

    // Per viewpoint index: colour, marker and line pattern. Only Theme colours.
    function colourOf(index) {
        const colours = [Theme.accent, Theme.success, Theme.text, Theme.focus, Theme.textMuted]
        return colours[index % colours.length]
    }
    function dashOf(index) {
        const u = Theme.unit
        const dashes = [[], [u, u / 2], [u / 4, u / 2], [u * 1.5, u / 2, u / 4, u / 2], [u / 2, u / 2]]
        return dashes[index % dashes.length]
    }
    //! Draws the marker of a viewpoint (circle, square, triangle, diamond, cross) at x, y.
    function drawMarker(ctx, index, x, y, r) {
        ctx.save()
        ctx.setLineDash([])
        ctx.fillStyle = String(colourOf(index))
        ctx.strokeStyle = String(Theme.surface)
        ctx.lineWidth = Theme.borderWidth
        ctx.beginPath()
        switch (index % 5) {
        case 0:
            ctx.arc(x, y, r, 0, 2 * Math.PI)
            break
        case 1:
            ctx.rect(x - r, y - r, 2 * r, 2 * r)
            break
        case 2:
            ctx.moveTo(x, y - r * 1.2); ctx.lineTo(x + r * 1.2, y + r); ctx.lineTo(x - r * 1.2, y + r)
            ctx.closePath()
            break
        case 3:
            ctx.moveTo(x, y - r * 1.3); ctx.lineTo(x + r * 1.3, y); ctx.lineTo(x, y + r * 1.3); ctx.lineTo(x - r * 1.3, y)
            ctx.closePath()
            break
        default:
            // A cross: drawn as a thick stroke, not a fill.
            ctx.strokeStyle = String(colourOf(index))
            ctx.lineWidth = r / 1.5
            ctx.moveTo(x - r, y - r); ctx.lineTo(x + r, y + r)
            ctx.moveTo(x + r, y - r); ctx.lineTo(x - r, y + r)
            ctx.stroke()
            ctx.restore()
            return
        }
        ctx.fill()
        ctx.stroke()
        ctx.restore()
    }

    Body {
        visible: !chart.hasScores
        Layout.fillWidth: true
        muted: true
        text: qsTr("No one has given a score yet.")
    }

    Canvas {
        id: canvas
        objectName: "scaleChart"
        visible: chart.hasScores
        Layout.fillWidth: true
        Layout.preferredHeight: Theme.unit * 24 + Theme.fontSmall * 3
        Accessible.role: Accessible.Chart
        Accessible.name: chart.view ? chart.view.summary : ""

        onWidthChanged: requestPaint()
        onHeightChanged: requestPaint()
        Connections {
            target: chart.view
            function onRefreshed() { canvas.requestPaint() }
        }
        Connections {
            target: Theme
            function onHighContrastChanged() { canvas.requestPaint() }
            function onTextScaleChanged() { canvas.requestPaint() }
        }

        onPaint: {
            const ctx = getContext("2d")
            ctx.reset()
            ctx.fillStyle = String(Theme.surface)
            ctx.fillRect(0, 0, width, height)
            if (!chart.view || !chart.hasScores)
                return
            ctx.font = Math.round(Theme.fontSmall) + "px sans-serif"
            const left = ctx.measureText("10").width + Theme.spacing * 2
            const right = width - Theme.spacingLarge
            const top = Theme.spacingLarge
            // The first and last days go along the foot: side by side, or on two lines when
            // they do not fit (large text on a narrow screen).
            const first = chart.view.firstAt, last = chart.view.lastAt
            let firstDate = "", lastDate = ""
            for (const line of chart.series) {
                for (const p of line.points) {
                    if (p.at === first && firstDate === "") firstDate = p.date
                    if (p.at === last) lastDate = p.date
                }
            }
            const twoLines = last > first && ctx.measureText(firstDate).width + ctx.measureText(lastDate).width
                             + Theme.spacingLarge > right - left
            const lineHeight = Theme.fontSmall * 1.3
            const bottom = height - Theme.spacingLarge - (twoLines ? 2 * lineHeight : lineHeight)
            const yOf = function(score) { return bottom - (bottom - top) * score / 10 }
            const xOf = function(at) {
                return last > first ? left + (right - left) * (at - first) / (last - first)
                                    : (left + right) / 2
            }

            // The scale: a line at every second number, labels at 0, 5 and 10.
            ctx.lineWidth = Theme.borderWidth
            for (let s = 0; s <= 10; s += 1) {
                if (s % 5 !== 0 && s % 2 !== 0)
                    continue
                ctx.strokeStyle = String(s % 5 === 0 ? Theme.border : Theme.surfaceMuted)
                ctx.beginPath()
                ctx.moveTo(left, yOf(s)); ctx.lineTo(right, yOf(s))
                ctx.stroke()
                if (s % 5 === 0) {
                    ctx.fillStyle = String(Theme.textMuted)
                    ctx.textAlign = "right"
                    ctx.textBaseline = "middle"
                    ctx.fillText(String(s), left - Theme.spacing, yOf(s))
                }
            }

            ctx.fillStyle = String(Theme.textMuted)
            ctx.textBaseline = "top"
            ctx.textAlign = "left"
            ctx.fillText(firstDate, left, bottom + Theme.spacing)
            if (last > first) {
                ctx.textAlign = "right"
                ctx.fillText(lastDate, right, bottom + Theme.spacing + (twoLines ? lineHeight : 0))
            }

            // One line per viewpoint, then its markers on top.
            const r = Theme.unit * 0.75
            for (const line of chart.series) {
                ctx.strokeStyle = String(chart.colourOf(line.index))
                ctx.lineWidth = Theme.borderWidth * 2.5
                ctx.setLineDash(chart.dashOf(line.index))
                ctx.beginPath()
                for (let i = 0; i < line.points.length; ++i) {
                    const p = line.points[i]
                    if (i === 0) ctx.moveTo(xOf(p.at), yOf(p.score))
                    else ctx.lineTo(xOf(p.at), yOf(p.score))
                }
                ctx.stroke()
            }
            for (const line of chart.series) {
                for (const p of line.points)
                    chart.drawMarker(ctx, line.index, xOf(p.at), yOf(p.score), r)
            }
        }
    }

    // The legend: each viewpoint's marker and line, its name and its latest score.
    Repeater {
        model: chart.series
        RowLayout {
            id: key
            required property var modelData
            visible: chart.hasScores
            Layout.fillWidth: true
            spacing: Theme.spacing
            Canvas {
                id: swatch
                Layout.preferredWidth: Theme.iconSize * 1.5
                Layout.preferredHeight: Theme.iconSize
                Layout.alignment: Qt.AlignVCenter
                Accessible.ignored: true
                Connections {
                    target: Theme
                    function onHighContrastChanged() { swatch.requestPaint() }
                }
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    ctx.strokeStyle = String(chart.colourOf(key.modelData.index))
                    ctx.lineWidth = Theme.borderWidth * 2.5
                    ctx.setLineDash(chart.dashOf(key.modelData.index))
                    ctx.beginPath()
                    ctx.moveTo(0, height / 2); ctx.lineTo(width, height / 2)
                    ctx.stroke()
                    chart.drawMarker(ctx, key.modelData.index, width / 2, height / 2, Theme.unit * 0.75)
                }
            }
            Body {
                objectName: "legendEntry"
                Layout.fillWidth: true
                text: {
                    const points = key.modelData.points
                    return qsTr("%1: %2").arg(key.modelData.name).arg(points[points.length - 1].score)
                }
            }
        }
    }

    // Every score in words, newest first.
    Heading { visible: chart.hasScores; text: qsTr("Every score"); Layout.fillWidth: true }
    Repeater {
        model: chart.view ? chart.view.scores : null
        Card {
            id: row
            required property string scoreId
            required property int score
            required property string viewpointName
            required property string who
            required property string date
            required property string reason
            required property string goal
            objectName: "score_" + scoreId
            Accessible.role: Accessible.Grouping
            Accessible.name: qsTr("%1 out of 10").arg(score)
            Heading { text: qsTr("%1 out of 10").arg(row.score); Layout.fillWidth: true }
            Body {
                Layout.fillWidth: true
                muted: true
                text: qsTr("%1 (%2), %3").arg(row.who).arg(row.viewpointName).arg(row.date)
            }
            Body { visible: row.goal !== ""; Layout.fillWidth: true; text: qsTr("About: %1").arg(row.goal) }
            Body { visible: row.reason !== ""; Layout.fillWidth: true; text: qsTr("Why: %1").arg(row.reason) }
        }
    }
}
