package fr.immunolearn.course.loading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Block;
import org.commonmark.node.CustomBlock;
import org.commonmark.parser.block.AbstractBlockParser;
import org.commonmark.parser.block.AbstractBlockParserFactory;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * The {@code :::} containers of lesson Markdown, as a commonmark block parser: a line {@code
 * :::type{#id key="value"}} opens a container, a line of the same number of colons closes it, and a
 * container nested in another uses fewer colons than its parent ({@code ::::tabs} holds {@code
 * :::tab}). A passage heading ({@code ##}) ends whatever is still open. Commonmark only builds the
 * tree; what a container means, and whether it is well formed, is {@link BlockReader}'s business,
 * so that every problem gets the loader's message.
 */
final class Containers {

    private static final Pattern OPENING =
            Pattern.compile("(:{3,})[ \\t]*([A-Za-z][A-Za-z0-9-]*)[ \\t]*(\\{.*)?$");
    private static final Pattern FENCE = Pattern.compile("(:{3,})[ \\t]*$");

    /**
     * A passage heading: it ends any container left open, so one forgotten fence does not swallow
     * the lesson.
     */
    private static final Pattern PASSAGE_HEADING = Pattern.compile("#{1,2}(?:[ \\t].*)?$");

    private Containers() {}

    /** An opened container: its type, its attribute text, and whether its own fence closed it. */
    static final class Container extends CustomBlock {
        final int colons;
        final String type;
        final int column;

        /** The {@code {…}} text as written, or empty. */
        final String attributes;

        final int attributesColumn;
        boolean closed;

        Container(int colons, String type, int column, String attributes, int attributesColumn) {
            this.colons = colons;
            this.type = type;
            this.column = column;
            this.attributes = attributes;
            this.attributesColumn = attributesColumn;
        }
    }

    /** A closing fence that no open container of its length was waiting for. */
    static final class StrayFence extends CustomBlock {
        final int colons;
        final int column;

        StrayFence(int colons, int column) {
            this.colons = colons;
            this.column = column;
        }
    }

    static final class Factory extends AbstractBlockParserFactory {
        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            if (state.getIndent() >= 4) {
                return BlockStart.none();
            }
            CharSequence line = state.getLine().getContent();
            int start = state.getNextNonSpaceIndex();
            String rest = line.subSequence(start, line.length()).toString();
            // A fence reaching here is stray: an open container of its length would have taken it
            // first.
            Matcher fence = FENCE.matcher(rest);
            if (fence.matches()) {
                return BlockStart.of(
                                new StrayParser(new StrayFence(fence.group(1).length(), start + 1)))
                        .atIndex(line.length());
            }
            Matcher opening = OPENING.matcher(rest);
            if (!opening.matches()) {
                return BlockStart.none();
            }
            String attributes = opening.group(3) == null ? "" : opening.group(3).strip();
            int attributesColumn = opening.group(3) == null ? 0 : start + opening.start(3) + 1;
            return BlockStart.of(
                            new ContainerParser(
                                    new Container(
                                            opening.group(1).length(),
                                            opening.group(2),
                                            start + 1,
                                            attributes,
                                            attributesColumn)))
                    .atIndex(line.length());
        }
    }

    private static final class ContainerParser extends AbstractBlockParser {
        private final Container block;

        ContainerParser(Container block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(Block childBlock) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() < 4) {
                CharSequence line = state.getLine().getContent();
                Matcher fence =
                        FENCE.matcher(
                                line.subSequence(state.getNextNonSpaceIndex(), line.length()));
                if (fence.matches() && fence.group(1).length() == block.colons) {
                    block.closed = true;
                    return BlockContinue.finished();
                }
                CharSequence rest = line.subSequence(state.getNextNonSpaceIndex(), line.length());
                if (PASSAGE_HEADING.matcher(rest).matches()) {
                    return BlockContinue.none();
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }
    }

    private static final class StrayParser extends AbstractBlockParser {
        private final StrayFence block;

        StrayParser(StrayFence block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }
    }
}
