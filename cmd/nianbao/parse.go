package main

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/nianbao/nianbao/internal/l10n"
	"github.com/nianbao/nianbao/parser"
)

func (a *app) parseCmd() *cobra.Command {
	var text bool
	cmd := &cobra.Command{
		Use:   "parse [--text] FILE",
		Short: "Print the report document (JSON) of a report; - reads standard input",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			name, data, err := a.readInput(args[0])
			if err != nil {
				return withCode(exitError, err)
			}
			if text {
				d, err := parser.Extract(name, data)
				if err != nil {
					return withCode(exitError, err)
				}
				_, err = io.WriteString(a.stdout, d.Text)
				return withCode(exitError, err)
			}
			doc, err := parser.Parse(name, data)
			if err != nil {
				return withCode(exitError, err)
			}
			enc := json.NewEncoder(a.stdout)
			enc.SetIndent("", "  ")
			enc.SetEscapeHTML(false)
			return withCode(exitError, enc.Encode(doc))
		},
	}
	cmd.Flags().BoolVar(&text, "text", false, "print the normalised text that locations point into")
	return cmd
}

// readInput reads a file, or standard input for "-", refusing more than
// parser.DefaultMaxBytes; it returns the name the input goes by.
func (a *app) readInput(path string) (string, []byte, error) {
	src := a.source(path)
	data, err := src.Read()
	if err != nil {
		if _, ok := errors.AsType[*fs.PathError](err); ok {
			return src.Path, nil, err // it names the file
		}
		return src.Path, nil, l10n.Wrap(err, "read %s", src.Path)
	}
	return src.Path, data, nil
}
