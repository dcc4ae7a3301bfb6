package decode

import (
	"bytes"
	"errors"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

const sample = "桓仁满族自治县2024年政府信息公开工作年度报告\n行政许可 | 37292 |\n"

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBytes(t *testing.T) {
	rare := sample + "𠀀\n" // outside GBK, four bytes in GB18030
	tests := []struct {
		name     string
		data     []byte
		want     string
		encoding string
		bom      bool
	}{
		{"utf-8", []byte(sample), sample, UTF8, false},
		{"utf-8 with BOM", append([]byte{0xEF, 0xBB, 0xBF}, sample...), sample, UTF8, true},
		{"utf-16le with BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), sample), sample, UTF16LE, true},
		{"utf-16be with BOM", encode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), sample), sample, UTF16BE, true},
		{"utf-16le without BOM", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), sample), sample, UTF16LE, false},
		{"gbk", encode(t, simplifiedchinese.GBK, sample), sample, GBK, false},
		{"gb18030", encode(t, simplifiedchinese.GB18030, rare), rare, GB18030, false},
		{"empty", nil, "", UTF8, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Bytes(tt.data)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != tt.want || got.Encoding != tt.encoding || got.BOM != tt.bom {
				t.Errorf("got %q (%s, bom %v), want %q (%s, bom %v)", got.Text, got.Encoding, got.BOM, tt.want, tt.encoding, tt.bom)
			}
		})
	}
}

func TestBytesInvalid(t *testing.T) {
	// A few stray bytes in UTF-8 text are replaced, not fatal.
	damaged := append([]byte(sample), 0xFF)
	damaged = append(damaged, bytes.Repeat([]byte(sample), 3)...)
	got, err := Bytes(damaged)
	if err != nil {
		t.Fatalf("damaged text: %v", err)
	}
	if got.Replaced == 0 && got.Encoding == UTF8 {
		t.Errorf("damaged text decoded as clean %s", got.Encoding)
	}

	binaries := map[string][]byte{
		"png":    {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0},
		"random": {0x01, 0x9C, 0xFE, 0x02, 0x88, 0x03, 0x04, 0xFF, 0x05, 0x06, 0x90, 0x07, 0x08},
	}
	for name, data := range binaries {
		if _, err := Bytes(data); !errors.Is(err, ErrBinary) {
			t.Errorf("%s: err = %v, want ErrBinary", name, err)
		}
	}
}

func TestWith(t *testing.T) {
	got, err := With(encode(t, simplifiedchinese.GBK, sample), simplifiedchinese.GBK, GBK)
	if err != nil || got.Text != sample || got.Encoding != GBK || got.Replaced != 0 {
		t.Errorf("GBK: got %q (%s, %d replaced), %v; want %q (gbk)", got.Text, got.Encoding, got.Replaced, err, sample)
	}
	// 0xFF is no GBK byte: a tenth of the characters do not decode.
	bad := append(bytes.Repeat([]byte{0xFF}, 10), bytes.Repeat([]byte("a"), 90)...)
	if _, err := With(bad, simplifiedchinese.GBK, GBK); !errors.Is(err, ErrBinary) {
		t.Errorf("mostly undecodable GBK: err = %v, want ErrBinary", err)
	}
}
