package l10n

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/hashicorp/go-multierror"
)

func TestText(t *testing.T) {
	_, statErr := os.Stat(filepath.Join(t.TempDir(), "none.txt"))
	notExist := &fs.PathError{Op: "stat", Path: "a.txt", Err: syscall.ENOENT}
	tests := []struct {
		name   string
		err    error
		zh, en string
	}{
		{"nil", nil, "", ""},
		{"message", New("invalid language %q: use zh or en", "fr"),
			`无效的语言 "fr"：可用 zh 或 en`, `invalid language "fr": use zh or en`},
		{"wrapped os error", Wrap(notExist, "policy directory"),
			"策略目录：a.txt：文件或目录不存在", "policy directory: stat a.txt: no such file or directory"},
		{"error among the arguments", New("%v (%s): a policy may be looping over a large input", New("policy evaluation exceeded the time limit"), "2s"),
			"策略评估超出时间限制（2s）：可能有策略在大量输入上反复循环", "policy evaluation exceeded the time limit (2s): a policy may be looping over a large input"},
		{"arguments in another order", New("%d of %d tests failed", 2, 7), "共 7 个测试，2 个未通过", "2 of 7 tests failed"},
		{"English plural, one", New("%d of %d tests failed", 1, 1), "共 1 个测试，1 个未通过", "1 of 1 test failed"},
		{"several errors, one per line", multierror.Append(New("read %s", "x"), errors.New("plain")),
			"读取 x\nplain", "read x\nplain"},
		{"joined errors", errors.Join(New("run tests"), New("compile policies")), "运行测试\n编译策略", "run tests\ncompile policies"},
		{"other error in its own words", errors.New("zip: not a valid zip file"), "zip: not a valid zip file", "zip: not a valid zip file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Text("zh", tt.err); got != tt.zh {
				t.Errorf("zh: %q, want %q", got, tt.zh)
			}
			if got := Text("en", tt.err); got != tt.en {
				t.Errorf("en: %q, want %q", got, tt.en)
			}
		})
	}
	var pe *fs.PathError
	if !errors.As(statErr, &pe) {
		t.Fatalf("stat: %v", statErr)
	}
	if got := Text("zh", statErr); got != pe.Path+"：文件或目录不存在" {
		t.Errorf("a real stat error: %q", got)
	}
}

func TestErrorIsEnglishAndUnwraps(t *testing.T) {
	sentinel := New("policy evaluation exceeded the time limit")
	err := Wrap(New("%v (%s): a policy may be looping over a large input", sentinel, "1s"), "custom policies")
	if !errors.Is(err, sentinel) {
		t.Error("errors.Is does not find an error among the arguments")
	}
	if want := "custom policies: policy evaluation exceeded the time limit (1s): a policy may be looping over a large input"; err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if Wrap(nil, "read %s", "x") != nil {
		t.Error("Wrap(nil) is not nil")
	}
}

func TestAboutAndOn(t *testing.T) {
	pe := &fs.PathError{Op: "open", Path: "r.txt", Err: fs.ErrPermission}
	if got := About("zh", "r.txt", pe); got != "没有访问权限" {
		t.Errorf("About zh = %q", got)
	}
	if got := About("en", "r.txt", pe); got != "permission denied" {
		t.Errorf("About en = %q", got)
	}
	if got := About("zh", "other.txt", pe); got != "r.txt：没有访问权限" {
		t.Errorf("About another path = %q", got)
	}
	if got := Text("zh", On("r.txt", pe)); got != "r.txt：没有访问权限" {
		t.Errorf("On the same path = %q, want the path once", got)
	}
	if got := Text("en", On("r.txt", New("internal error: %v", "boom"))); got != "r.txt: internal error: boom" {
		t.Errorf("On another error = %q", got)
	}
}
