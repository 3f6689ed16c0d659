import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optparse } from '../optparse';
import { runScenario } from '../runScenario';
import { partsText } from '../textParts';
import { vsfsScript } from './vsfsScript';

/**
 * Byte-for-byte stdout of OSTEP's own file-implementation/vsfs.py (remzi-arpacidusseau/ostep-homework at commit
 * 6c6cfc7e82c274fb7f0f068b5a75e1b42f7615b6), obtained by running `python3 vsfs.py ARGS` with Python 3.11. The
 * first three are the commands of file-implementation/README.md. A sweep of 300 commands (60 seeds, file
 * systems of 2 to 41 inodes and blocks, 1 to 90 requests, with and without -c, -r and -p) matched when these
 * were written.
 */
const GOLDEN: [string, string, string][] = [
  [
    'README: the first problem (-s 17, states shown; which operations?)',
    '-s 17',
    'ARG seed 17\nARG numInodes 8\nARG numData 8\nARG numRequests 10\nARG reverse False\nARG printFinal False\n\nInitial state\n\ninode bitmap  10000000\ninodes       [d a:0 r:2][][][][][][][]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\nWhich operation took place?\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1)][(.,1) (..,0)][][][][][][]\n\nWhich operation took place?\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:1][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1) (a,2)][(.,1) (..,0)][][][][][][]\n\nWhich operation took place?\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1)][(.,1) (..,0)][][][][][][]\n\nWhich operation took place?\n\ninode bitmap  11100000\ninodes       [d a:0 r:4][d a:1 r:2][d a:2 r:2][][][][][]\ndata bitmap   11100000\ndata         [(.,0) (..,0) (u,1) (z,2)][(.,1) (..,0)][(.,2) (..,0)][][][][][]\n\nWhich operation took place?\n\ninode bitmap  11110000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0)][(.,3) (..,0)][][][][]\n\nWhich operation took place?\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:1][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nWhich operation took place?\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:2][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0) (b,4)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nWhich operation took place?\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:1][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nWhich operation took place?\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:4 r:1][][][]\ndata bitmap   11111000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][v][][][]\n\nWhich operation took place?\n\ninode bitmap  11111100\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:4 r:1][f a:-1 r:1][][]\ndata bitmap   11111000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0) (b,5)][(.,2) (..,0) (x,4)][(.,3) (..,0)][v][][][]\n\n',
  ],
  [
    'README: the same answered (-c)',
    '-s 17 -c',
    'ARG seed 17\nARG numInodes 8\nARG numData 8\nARG numRequests 10\nARG reverse False\nARG printFinal False\n\nInitial state\n\ninode bitmap  10000000\ninodes       [d a:0 r:2][][][][][][][]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\nmkdir("/u");\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1)][(.,1) (..,0)][][][][][][]\n\ncreat("/a");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:1][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1) (a,2)][(.,1) (..,0)][][][][][][]\n\nunlink("/a");\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (u,1)][(.,1) (..,0)][][][][][][]\n\nmkdir("/z");\n\ninode bitmap  11100000\ninodes       [d a:0 r:4][d a:1 r:2][d a:2 r:2][][][][][]\ndata bitmap   11100000\ndata         [(.,0) (..,0) (u,1) (z,2)][(.,1) (..,0)][(.,2) (..,0)][][][][][]\n\nmkdir("/s");\n\ninode bitmap  11110000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0)][(.,3) (..,0)][][][][]\n\ncreat("/z/x");\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:1][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nlink("/z/x", "/u/b");\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:2][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0) (b,4)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nunlink("/u/b");\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:-1 r:1][][][]\ndata bitmap   11110000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][][][][]\n\nfd=open("/z/x", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11111000\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:4 r:1][][][]\ndata bitmap   11111000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0)][(.,2) (..,0) (x,4)][(.,3) (..,0)][v][][][]\n\ncreat("/u/b");\n\ninode bitmap  11111100\ninodes       [d a:0 r:5][d a:1 r:2][d a:2 r:2][d a:3 r:2][f a:4 r:1][f a:-1 r:1][][]\ndata bitmap   11111000\ndata         [(.,0) (..,0) (u,1) (z,2) (s,3)][(.,1) (..,0) (b,5)][(.,2) (..,0) (x,4)][(.,3) (..,0)][v][][][]\n\n',
  ],
  [
    'README: -r (operations shown; which states?)',
    '-s 21 -r',
    'ARG seed 21\nARG numInodes 8\nARG numData 8\nARG numRequests 10\nARG reverse True\nARG printFinal False\n\nInitial state\n\ninode bitmap  10000000\ninodes       [d a:0 r:2][][][][][][][]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\nmkdir("/o");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\ncreat("/b");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\ncreat("/o/q");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\nfd=open("/b", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\nfd=open("/o/q", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\ncreat("/o/j");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\nunlink("/b");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\nfd=open("/o/j", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\ncreat("/o/x");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\nmkdir("/o/t");\n\n  State of file system (inode bitmap, inodes, data bitmap, data)?\n\n',
  ],
  [
    'every kind of operation, with the final lists (-c -p)',
    '-s 2 -n 8 -c -p',
    'ARG seed 2\nARG numInodes 8\nARG numData 8\nARG numRequests 8\nARG reverse False\nARG printFinal True\n\nInitial state\n\ninode bitmap  10000000\ninodes       [d a:0 r:2][][][][][][][]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\nmkdir("/c");\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0)][][][][][][]\n\ncreat("/c/h");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:1][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (h,2)][][][][][][]\n\nlink("/c/h", "/c/p");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:2][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (h,2) (p,2)][][][][][][]\n\nunlink("/c/h");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:1][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (p,2)][][][][][][]\n\nunlink("/c/p");\n\ninode bitmap  11000000\ninodes       [d a:0 r:3][d a:1 r:2][][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0)][][][][][][]\n\ncreat("/c/f");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:-1 r:1][][][][][]\ndata bitmap   11000000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (f,2)][][][][][][]\n\nfd=open("/c/f", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:2 r:1][][][][][]\ndata bitmap   11100000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (f,2)][d][][][][][]\n\nlink("/c/f", "/c/s");\n\ninode bitmap  11100000\ninodes       [d a:0 r:3][d a:1 r:2][f a:2 r:2][][][][][]\ndata bitmap   11100000\ndata         [(.,0) (..,0) (c,1)][(.,1) (..,0) (f,2) (s,2)][d][][][][][]\n\n\nSummary of files, directories::\n\n  Files:       [\'/c/f\', \'/c/s\']\n  Directories: [\'/\', \'/c\']\n\n',
  ],
  [
    'more requests on a larger file system',
    '-s 7 -i 20 -d 20 -n 40 -c -p',
    'ARG seed 7\nARG numInodes 20\nARG numData 20\nARG numRequests 40\nARG reverse False\nARG printFinal True\n\nInitial state\n\ninode bitmap  10000000000000000000\ninodes       [d a:0 r:2][][][][][][][][][][][][][][][][][][][]\ndata bitmap   10000000000000000000\ndata         [(.,0) (..,0)][][][][][][][][][][][][][][][][][][][]\n\ncreat("/r");\n\ninode bitmap  11000000000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][][][][][][][][][][][][][][][][][][]\ndata bitmap   10000000000000000000\ndata         [(.,0) (..,0) (r,1)][][][][][][][][][][][][][][][][][][][]\n\ncreat("/z");\n\ninode bitmap  11100000000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][f a:-1 r:1][][][][][][][][][][][][][][][][][]\ndata bitmap   10000000000000000000\ndata         [(.,0) (..,0) (r,1) (z,2)][][][][][][][][][][][][][][][][][][][]\n\nfd=open("/z", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11100000000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][f a:1 r:1][][][][][][][][][][][][][][][][][]\ndata bitmap   11000000000000000000\ndata         [(.,0) (..,0) (r,1) (z,2)][h][][][][][][][][][][][][][][][][][][]\n\nfd=open("/r", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11100000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][][][][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (r,1) (z,2)][h][i][][][][][][][][][][][][][][][][][]\n\nunlink("/z");\n\ninode bitmap  11000000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][][][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (r,1)][][i][][][][][][][][][][][][][][][][][]\n\nlink("/r", "/h");\n\ninode bitmap  11000000000000000000\ninodes       [d a:0 r:2][f a:2 r:2][][][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (r,1) (h,1)][][i][][][][][][][][][][][][][][][][][]\n\nunlink("/r");\n\ninode bitmap  11000000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][][][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (h,1)][][i][][][][][][][][][][][][][][][][][]\n\ncreat("/p");\n\ninode bitmap  11100000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:-1 r:1][][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2)][][i][][][][][][][][][][][][][][][][][]\n\nlink("/h", "/t");\n\ninode bitmap  11100000000000000000\ninodes       [d a:0 r:2][f a:2 r:2][f a:-1 r:1][][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (t,1)][][i][][][][][][][][][][][][][][][][][]\n\ncreat("/u");\n\ninode bitmap  11110000000000000000\ninodes       [d a:0 r:2][f a:2 r:2][f a:-1 r:1][f a:-1 r:1][][][][][][][][][][][][][][][][]\ndata bitmap   10100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (t,1) (u,3)][][i][][][][][][][][][][][][][][][][][]\n\nfd=open("/p", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11110000000000000000\ninodes       [d a:0 r:2][f a:2 r:2][f a:1 r:1][f a:-1 r:1][][][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (t,1) (u,3)][b][i][][][][][][][][][][][][][][][][][]\n\nunlink("/t");\n\ninode bitmap  11110000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][f a:-1 r:1][][][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3)][b][i][][][][][][][][][][][][][][][][][]\n\nlink("/u", "/m");\n\ninode bitmap  11110000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][f a:-1 r:2][][][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3) (m,3)][b][i][][][][][][][][][][][][][][][][][]\n\ncreat("/b");\n\ninode bitmap  11111000000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][f a:-1 r:2][f a:-1 r:1][][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3) (m,3) (b,4)][b][i][][][][][][][][][][][][][][][][][]\n\ncreat("/v");\n\ninode bitmap  11111100000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][f a:-1 r:2][f a:-1 r:1][f a:-1 r:1][][][][][][][][][][][][][][]\ndata bitmap   11100000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3) (m,3) (b,4) (v,5)][b][i][][][][][][][][][][][][][][][][][]\n\nfd=open("/u", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11111100000000000000\ninodes       [d a:0 r:2][f a:2 r:1][f a:1 r:1][f a:3 r:2][f a:-1 r:1][f a:-1 r:1][][][][][][][][][][][][][][]\ndata bitmap   11110000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3) (m,3) (b,4) (v,5)][b][i][r][][][][][][][][][][][][][][][][]\n\nmkdir("/g");\n\ninode bitmap  11111110000000000000\ninodes       [d a:0 r:3][f a:2 r:1][f a:1 r:1][f a:3 r:2][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][][][][][][][][][][][][][]\ndata bitmap   11111000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (u,3) (m,3) (b,4) (v,5) (g,6)][b][i][r][(.,6) (..,0)][][][][][][][][][][][][][][][]\n\nunlink("/u");\n\ninode bitmap  11111110000000000000\ninodes       [d a:0 r:3][f a:2 r:1][f a:1 r:1][f a:3 r:1][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][][][][][][][][][][][][][]\ndata bitmap   11111000000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (b,4) (v,5) (g,6)][b][i][r][(.,6) (..,0)][][][][][][][][][][][][][][][]\n\nmkdir("/e");\n\ninode bitmap  11111111000000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:1][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][d a:5 r:2][][][][][][][][][][][][]\ndata bitmap   11111100000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (b,4) (v,5) (g,6) (e,7)][b][i][r][(.,6) (..,0)][(.,7) (..,0)][][][][][][][][][][][][][][]\n\nlink("/m", "/a");\n\ninode bitmap  11111111000000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:2][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][d a:5 r:2][][][][][][][][][][][][]\ndata bitmap   11111100000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (b,4) (v,5) (g,6) (e,7) (a,3)][b][i][r][(.,6) (..,0)][(.,7) (..,0)][][][][][][][][][][][][][][]\n\nunlink("/b");\n\ninode bitmap  11110111000000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:2][][f a:-1 r:1][d a:4 r:2][d a:5 r:2][][][][][][][][][][][][]\ndata bitmap   11111100000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (v,5) (g,6) (e,7) (a,3)][b][i][r][(.,6) (..,0)][(.,7) (..,0)][][][][][][][][][][][][][][]\n\ncreat("/g/q");\n\ninode bitmap  11111111000000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:2][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][d a:5 r:2][][][][][][][][][][][][]\ndata bitmap   11111100000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (v,5) (g,6) (e,7) (a,3)][b][i][r][(.,6) (..,0) (q,4)][(.,7) (..,0)][][][][][][][][][][][][][][]\n\nlink("/a", "/x");\n\ninode bitmap  11111111000000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:3][f a:-1 r:1][f a:-1 r:1][d a:4 r:2][d a:5 r:2][][][][][][][][][][][][]\ndata bitmap   11111100000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (v,5) (g,6) (e,7) (a,3) (x,3)][b][i][r][(.,6) (..,0) (q,4)][(.,7) (..,0)][][][][][][][][][][][][][][]\n\nmkdir("/g/k");\n\ninode bitmap  11111111100000000000\ninodes       [d a:0 r:4][f a:2 r:1][f a:1 r:1][f a:3 r:3][f a:-1 r:1][f a:-1 r:1][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11111110000000000000\ndata         [(.,0) (..,0) (h,1) (p,2) (m,3) (v,5) (g,6) (e,7) (a,3) (x,3)][b][i][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nunlink("/h");\n\ninode bitmap  10111111100000000000\ninodes       [d a:0 r:4][][f a:1 r:1][f a:3 r:3][f a:-1 r:1][f a:-1 r:1][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11011110000000000000\ndata         [(.,0) (..,0) (p,2) (m,3) (v,5) (g,6) (e,7) (a,3) (x,3)][b][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nunlink("/p");\n\ninode bitmap  10011111100000000000\ninodes       [d a:0 r:4][][][f a:3 r:3][f a:-1 r:1][f a:-1 r:1][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   10011110000000000000\ndata         [(.,0) (..,0) (m,3) (v,5) (g,6) (e,7) (a,3) (x,3)][][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nunlink("/v");\n\ninode bitmap  10011011100000000000\ninodes       [d a:0 r:4][][][f a:3 r:3][f a:-1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   10011110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (a,3) (x,3)][][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nunlink("/a");\n\ninode bitmap  10011011100000000000\ninodes       [d a:0 r:4][][][f a:3 r:2][f a:-1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   10011110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nfd=open("/g/q", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  10011011100000000000\ninodes       [d a:0 r:4][][][f a:3 r:2][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11011110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6)][][][][][][][][][][][][][]\n\nlink("/x", "/g/k/w");\n\ninode bitmap  10011011100000000000\ninodes       [d a:0 r:4][][][f a:3 r:3][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11011110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6) (w,3)][][][][][][][][][][][][][]\n\ncreat("/g/k/h");\n\ninode bitmap  11011011100000000000\ninodes       [d a:0 r:4][f a:-1 r:1][][f a:3 r:3][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11011110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6) (w,3) (h,1)][][][][][][][][][][][][][]\n\nfd=open("/g/k/h", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  11011011100000000000\ninodes       [d a:0 r:4][f a:2 r:1][][f a:3 r:3][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:2][][][][][][][][][][][]\ndata bitmap   11111110000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][z][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6) (w,3) (h,1)][][][][][][][][][][][][][]\n\nmkdir("/g/k/t");\n\ninode bitmap  11111011100000000000\ninodes       [d a:0 r:4][f a:2 r:1][d a:7 r:2][f a:3 r:3][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11111111000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][z][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6) (w,3) (h,1) (t,2)][(.,2) (..,8)][][][][][][][][][][][][]\n\nunlink("/g/k/h");\n\ninode bitmap  10111011100000000000\ninodes       [d a:0 r:4][][d a:7 r:2][f a:3 r:3][f a:1 r:1][][d a:4 r:3][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11011111000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][][r][(.,6) (..,0) (q,4) (k,8)][(.,7) (..,0)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8)][][][][][][][][][][][][]\n\nmkdir("/g/f");\n\ninode bitmap  11111011100000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:2][f a:3 r:3][f a:1 r:1][][d a:4 r:4][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11111111000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6)][r][(.,6) (..,0) (q,4) (k,8) (f,1)][(.,7) (..,0)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8)][][][][][][][][][][][][]\n\nlink("/g/q", "/g/f/w");\n\ninode bitmap  11111011100000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:2][f a:3 r:3][f a:1 r:2][][d a:4 r:4][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11111111000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6) (w,4)][r][(.,6) (..,0) (q,4) (k,8) (f,1)][(.,7) (..,0)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8)][][][][][][][][][][][][]\n\nlink("/g/k/w", "/g/k/t/c");\n\ninode bitmap  11111011100000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:2][f a:3 r:4][f a:1 r:2][][d a:4 r:4][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11111111000000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6) (w,4)][r][(.,6) (..,0) (q,4) (k,8) (f,1)][(.,7) (..,0)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8) (c,3)][][][][][][][][][][][][]\n\nmkdir("/g/k/t/n");\n\ninode bitmap  11111111100000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:3][f a:3 r:4][f a:1 r:2][d a:8 r:2][d a:4 r:4][d a:5 r:2][d a:6 r:3][][][][][][][][][][][]\ndata bitmap   11111111100000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6) (w,4)][r][(.,6) (..,0) (q,4) (k,8) (f,1)][(.,7) (..,0)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8) (c,3) (n,5)][(.,5) (..,2)][][][][][][][][][][][]\n\nmkdir("/e/k");\n\ninode bitmap  11111111110000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:3][f a:3 r:4][f a:1 r:2][d a:8 r:2][d a:4 r:4][d a:5 r:3][d a:6 r:3][d a:9 r:2][][][][][][][][][][]\ndata bitmap   11111111110000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6) (w,4)][r][(.,6) (..,0) (q,4) (k,8) (f,1)][(.,7) (..,0) (k,9)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8) (c,3) (n,5)][(.,5) (..,2)][(.,9) (..,7)][][][][][][][][][][]\n\ncreat("/g/d");\n\ninode bitmap  11111111111000000000\ninodes       [d a:0 r:4][d a:2 r:2][d a:7 r:3][f a:3 r:4][f a:1 r:2][d a:8 r:2][d a:4 r:4][d a:5 r:3][d a:6 r:3][d a:9 r:2][f a:-1 r:1][][][][][][][][][]\ndata bitmap   11111111110000000000\ndata         [(.,0) (..,0) (m,3) (g,6) (e,7) (x,3)][a][(.,1) (..,6) (w,4)][r][(.,6) (..,0) (q,4) (k,8) (f,1) (d,10)][(.,7) (..,0) (k,9)][(.,8) (..,6) (w,3) (t,2)][(.,2) (..,8) (c,3) (n,5)][(.,5) (..,2)][(.,9) (..,7)][][][][][][][][][][]\n\n\nSummary of files, directories::\n\n  Files:       [\'/m\', \'/g/q\', \'/x\', \'/g/k/w\', \'/g/f/w\', \'/g/k/t/c\', \'/g/d\']\n  Directories: [\'/\', \'/g\', \'/e\', \'/g/k\', \'/g/k/t\', \'/g/f\', \'/g/k/t/n\', \'/e/k\']\n\n',
  ],
  [
    'out of inodes: the run stops without the last state',
    '-s 4 -i 3 -d 3 -n 20 -c',
    'ARG seed 4\nARG numInodes 3\nARG numData 3\nARG numRequests 20\nARG reverse False\nARG printFinal False\n\nInitial state\n\ninode bitmap  100\ninodes       [d a:0 r:2][][]\ndata bitmap   100\ndata         [(.,0) (..,0)][][]\n\nmkdir("/f");\n\ninode bitmap  110\ninodes       [d a:0 r:3][d a:1 r:2][]\ndata bitmap   110\ndata         [(.,0) (..,0) (f,1)][(.,1) (..,0)][]\n\nmkdir("/f/v");\nFile system out of inodes; rerun with more via command-line flag?\n',
  ],
  [
    'out of data blocks',
    '-s 3 -i 16 -d 3 -n 20 -c',
    'ARG seed 3\nARG numInodes 16\nARG numData 3\nARG numRequests 20\nARG reverse False\nARG printFinal False\n\nInitial state\n\ninode bitmap  1000000000000000\ninodes       [d a:0 r:2][][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0)][][]\n\ncreat("/z");\n\ninode bitmap  1100000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0) (z,1)][][]\n\nunlink("/z");\n\ninode bitmap  1000000000000000\ninodes       [d a:0 r:2][][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0)][][]\n\ncreat("/s");\n\ninode bitmap  1100000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0) (s,1)][][]\n\nfd=open("/s", O_WRONLY|O_APPEND); write(fd, buf, BLOCKSIZE); close(fd);\n\ninode bitmap  1100000000000000\ninodes       [d a:0 r:2][f a:1 r:1][][][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (s,1)][p][]\n\nunlink("/s");\n\ninode bitmap  1000000000000000\ninodes       [d a:0 r:2][][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0)][][]\n\ncreat("/x");\n\ninode bitmap  1100000000000000\ninodes       [d a:0 r:2][f a:-1 r:1][][][][][][][][][][][][][][]\ndata bitmap   100\ndata         [(.,0) (..,0) (x,1)][][]\n\nmkdir("/v");\n\ninode bitmap  1110000000000000\ninodes       [d a:0 r:3][f a:-1 r:1][d a:1 r:2][][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (x,1) (v,2)][(.,2) (..,0)][]\n\nunlink("/x");\n\ninode bitmap  1010000000000000\ninodes       [d a:0 r:3][][d a:1 r:2][][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (v,2)][(.,2) (..,0)][]\n\ncreat("/f");\n\ninode bitmap  1110000000000000\ninodes       [d a:0 r:3][f a:-1 r:1][d a:1 r:2][][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (v,2) (f,1)][(.,2) (..,0)][]\n\ncreat("/v/h");\n\ninode bitmap  1111000000000000\ninodes       [d a:0 r:3][f a:-1 r:1][d a:1 r:2][f a:-1 r:1][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (v,2) (f,1)][(.,2) (..,0) (h,3)][]\n\nlink("/v/h", "/j");\n\ninode bitmap  1111000000000000\ninodes       [d a:0 r:3][f a:-1 r:1][d a:1 r:2][f a:-1 r:2][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (v,2) (f,1) (j,3)][(.,2) (..,0) (h,3)][]\n\nlink("/j", "/v/s");\n\ninode bitmap  1111000000000000\ninodes       [d a:0 r:3][f a:-1 r:1][d a:1 r:2][f a:-1 r:3][][][][][][][][][][][][]\ndata bitmap   110\ndata         [(.,0) (..,0) (v,2) (f,1) (j,3)][(.,2) (..,0) (h,3) (s,3)][]\n\nmkdir("/v/d");\nFile system out of data blocks; rerun with more via command-line flag?\n',
  ],
  [
    'a single inode: full before any operation',
    '-s 5 -i 1 -n 3',
    'ARG seed 5\nARG numInodes 1\nARG numData 8\nARG numRequests 3\nARG reverse False\nARG printFinal False\n\nInitial state\n\ninode bitmap  1\ninodes       [d a:0 r:2]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\nWhich operation took place?\nFile system out of inodes; rerun with more via command-line flag?\n',
  ],
  [
    'no requests; a negative count is none, as range() has it',
    '-n -2 -p',
    "ARG seed 0\nARG numInodes 8\nARG numData 8\nARG numRequests -2\nARG reverse False\nARG printFinal True\n\nInitial state\n\ninode bitmap  10000000\ninodes       [d a:0 r:2][][][][][][][]\ndata bitmap   10000000\ndata         [(.,0) (..,0)][][][][][][][]\n\n\nSummary of files, directories::\n\n  Files:       []\n  Directories: ['/']\n\n",
  ],
];

const options = (args: string) => {
  const parsed = optparse(args.split(' '), vsfsScript.specs, vsfsScript.defaults);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.values;
};

const streamed = (args: string) => {
  const s = vsfsScript.stream?.(options(args));
  if (!s?.ok) throw new Error('not streamed');
  return partsText(s.lines);
};

describe('vsfs.py on our file system', () => {
  it.each(GOLDEN)('%s: %s', (_name, args, expected) => {
    const r = vsfsScript.solve(options(args), runScenario);
    if (!r.ok) throw new Error(r.error);
    expect(r.text).toBe(expected);
    expect(streamed(args)).toBe(expected);
  });

  it('the answer as data lists each operation with the state after it', () => {
    const r = vsfsScript.solve(options('-s 2 -n 8 -c -p'), runScenario);
    if (!r.ok) throw new Error(r.error);
    expect(r.answer.ops.slice(0, 3)).toEqual([
      { op: 'mkdir', path: '/c' },
      { op: 'creat', path: '/c/h' },
      { op: 'link', target: '/c/h', path: '/c/p' },
    ]);
    expect(r.answer.states).toHaveLength(8);
    expect(r.answer.states[0]).toEqual({
      inodeBitmap: '11000000',
      inodes: [{ type: 'd', addr: 0, refs: 3 }, { type: 'd', addr: 1, refs: 2 }, null, null, null, null, null, null],
      dataBitmap: '11000000',
      data: [
        {
          type: 'dir',
          entries: [
            ['.', 0],
            ['..', 0],
            ['c', 1],
          ],
        },
        {
          type: 'dir',
          entries: [
            ['.', 1],
            ['..', 0],
          ],
        },
        null,
        null,
        null,
        null,
        null,
        null,
      ],
    });
    expect(r.answer.states[6]?.data[2]).toEqual({ type: 'file', content: expect.stringMatching(/^[a-z]$/) });
    expect(r.answer.dirs).toEqual(['/', '/c']);
    expect(r.answer.outOf).toBeNull();
  });

  it('says why it stops early, as vsfs.py does', () => {
    const r = vsfsScript.solve(options('-s 4 -i 3 -d 3 -n 20 -c'), runScenario);
    expect(r.ok && r.answer.outOf).toBe('inodes');
  });

  it('refuses a file system without room for the root, naming the flag', () => {
    expect(vsfsScript.solve(options('-i 0'), runScenario)).toEqual({
      ok: false,
      error: expect.stringMatching(/^-i\/--numInodes: .*from 1 .* \(got 0\)/),
    });
    expect(vsfsScript.solve(options('-d 2000000'), runScenario)).toEqual({
      ok: false,
      error: expect.stringMatching(/^-d\/--numData: .*1,000,000 \(got 2000000\)/),
    });
  });

  it('holds every state only as data: a long answer is refused there and streamed as text', () => {
    const big = '-i 1000 -d 1000 -n 100000 -c';
    expect(vsfsScript.solve(options(big), runScenario)).toMatchObject({
      ok: false,
      error: expect.stringContaining('the text output (without --json) has no such limit'),
    });
    expect(vsfsScript.stream?.(options(big))?.ok).toBe(true);
  });

  it('streams exactly the text it solves, for any small problem', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 30 }),
        fc.subarray(['-c', '-r', '-p']),
        (seed, i, d, n, flags) => {
          const args = [`-s ${seed} -i ${i} -d ${d} -n ${n}`, ...flags].join(' ');
          const r = vsfsScript.solve(options(args), runScenario);
          if (!r.ok) throw new Error(r.error);
          expect(streamed(args)).toBe(r.text);
        },
      ),
      { numRuns: 100 },
    );
  });
});
