// Renders staff-written Markdown safely: no raw HTML, a short list of elements, links restricted to safe
// protocols by react-markdown's default URL transform. Headings inside a section start at h3.
import ReactMarkdown from "react-markdown";
import { frenchTypography } from "@/lib/format";

const ALLOWED = ["p", "ul", "ol", "li", "strong", "em", "a", "br", "h1", "h2", "h3", "h4", "h5", "h6"];

export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-site">
      <ReactMarkdown
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
        components={{ h1: "h3", h2: "h3", h5: "h4", h6: "h4" }}
      >
        {frenchTypography(children)}
      </ReactMarkdown>
    </div>
  );
}
