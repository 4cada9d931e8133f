package org.planlens.text.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.contentstream.operator.text.BeginText;
import org.apache.pdfbox.contentstream.operator.text.EndText;
import org.apache.pdfbox.contentstream.operator.text.MoveText;
import org.apache.pdfbox.contentstream.operator.text.MoveTextSetLeading;
import org.apache.pdfbox.contentstream.operator.text.NextLine;
import org.apache.pdfbox.contentstream.operator.text.SetCharSpacing;
import org.apache.pdfbox.contentstream.operator.text.SetFontAndSize;
import org.apache.pdfbox.contentstream.operator.text.SetTextHorizontalScaling;
import org.apache.pdfbox.contentstream.operator.text.SetTextLeading;
import org.apache.pdfbox.contentstream.operator.text.SetTextRenderingMode;
import org.apache.pdfbox.contentstream.operator.text.SetTextRise;
import org.apache.pdfbox.contentstream.operator.text.SetWordSpacing;
import org.apache.pdfbox.contentstream.operator.text.ShowText;
import org.apache.pdfbox.contentstream.operator.text.ShowTextAdjusted;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLine;
import org.apache.pdfbox.contentstream.operator.text.ShowTextLineAndSpace;

/** The content-stream operators PDFBox's text stripper runs (its LegacyPDFStreamEngine's set), for an engine. */
public final class TextOperators {
    private TextOperators() {}

    /** Adds to {@code engine} the operators that place and show text (marked content not included). */
    public static void addTo(PDFStreamEngine engine) {
        engine.addOperator(new BeginText(engine));
        engine.addOperator(new Concatenate(engine));
        engine.addOperator(new DrawObject(engine));
        engine.addOperator(new EndText(engine));
        engine.addOperator(new SetGraphicsStateParameters(engine));
        engine.addOperator(new Save(engine));
        engine.addOperator(new Restore(engine));
        engine.addOperator(new NextLine(engine));
        engine.addOperator(new SetCharSpacing(engine));
        engine.addOperator(new MoveText(engine));
        engine.addOperator(new MoveTextSetLeading(engine));
        engine.addOperator(new SetFontAndSize(engine));
        engine.addOperator(new ShowText(engine));
        engine.addOperator(new ShowTextAdjusted(engine));
        engine.addOperator(new SetTextLeading(engine));
        engine.addOperator(new SetMatrix(engine));
        engine.addOperator(new SetTextRenderingMode(engine));
        engine.addOperator(new SetTextRise(engine));
        engine.addOperator(new SetWordSpacing(engine));
        engine.addOperator(new SetTextHorizontalScaling(engine));
        engine.addOperator(new ShowTextLine(engine));
        engine.addOperator(new ShowTextLineAndSpace(engine));
    }
}
