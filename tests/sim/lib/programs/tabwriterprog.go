package main

import (
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

func main() {
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', 0)
	fmt.Fprintln(w, "name\tqty\tprice")
	fmt.Fprintln(w, "apple\t3\t1.25")
	fmt.Fprintln(w, "watermelon\t10\t3.5")
	w.Flush()
	w = tabwriter.NewWriter(os.Stdout, 5, 0, 2, '.', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "a\tb\tc\t")
	fmt.Fprintln(w, "aaaa\tbbbbbbb\tc\t")
	fmt.Fprintln(w, "世界\tx\t\t")
	w.Flush()
	var sb strings.Builder
	w = tabwriter.NewWriter(&sb, 8, 8, 0, '\t', tabwriter.TabIndent)
	fmt.Fprintf(w, "\tindented\tcol\n\t\tx\ty\n\n-\tnew\tblock\n")
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	w = tabwriter.NewWriter(os.Stdout, 0, 4, 1, '-', tabwriter.DiscardEmptyColumns|tabwriter.FilterHTML|tabwriter.StripEscape)
	fmt.Fprint(w, "<b>bold</b>\t&amp;\t\xffesc\taped\xff\tz\n1\t\t2\t3\n")
	w.Flush()
}
