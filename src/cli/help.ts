import { EXIT } from './exit-codes';

export const HELP = `Usage: leadlint [options] <files, directories or globs…>
       leadlint [options] - < draft.md

Leadership-writing feedback: shows where a draft controls and where it inspires.
.md and .markdown files are read as Markdown (prose only); everything else as plain text.
A directory stands for the .md, .markdown and .txt files inside it.

Options:
  -f, --format <text|json|sarif|markdown>
                             output format (default: text); markdown is the tone
                             report, to paste into a pull request
      --fix                  rewrite files in place with the first suggestion of each finding
      --max-warnings <n>     exit ${EXIT.tooManyFindings} when there are more than n control findings
  -c, --config <file>        use this config instead of the nearest .leadlint.json
      --no-config            use no config file at all
  -q, --quiet                report control findings only (the score still counts everything)
      --stdin-filename <p>   name for standard input: its language, and where its config is found
  -h, --help                 show this help
  -v, --version              show the version

--max-warnings counts every control finding left in all files together, whatever its
severity: not inspiring ones, not ones turned off in the config or by an inline comment,
and with --fix only those left after fixing.

Exit codes:
  ${EXIT.ok}  done (findings alone never fail a run)
  ${EXIT.tooManyFindings}  more control findings than --max-warnings allows
  ${EXIT.usage}  bad command line, or an invalid .leadlint.json (its file, line and problem are printed;
     the rest of the config still applies)
  ${EXIT.unreadable}  a file, directory or glob named nothing readable, or --fix could not write a file
     (the other files are still reported)
When several apply, ${EXIT.usage} wins over ${EXIT.unreadable}, and ${EXIT.unreadable} over ${EXIT.tooManyFindings}.
Binary files are skipped with a notice and do not change the exit code.
`;
